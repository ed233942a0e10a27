// Requests the production server refuses before Next's router sees them, because Next cannot take them: a
// method outside the seven Next routes (TRACE made Next's request adapter throw: a 500) and a path whose
// percent-encoding is not UTF-8 (Next's route params failed to decode: a 500). Both answer in the error envelope
// with X-Request-Id, like every other refusal: 405 with `Allow`, and 404 (a path that does not decode names nothing).
import { newRequestId } from '@/lib/ids.ts';
import { AppError } from '@/server/errors.ts';
import { HTTP_METHODS } from '@/server/rest/methods.ts';
import { errorBody } from '@/server/rest/responses.ts';

interface GateAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function refusal(error: AppError, headers: Record<string, string> = {}): GateAnswer {
  const requestId = newRequestId();
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': requestId, ...headers },
    body: JSON.stringify(errorBody(error, requestId)),
  };
}

/** The answer for a request Next cannot route, or null to hand it to Next. */
export function refuseUnroutable(method: string, url: string): GateAnswer | null {
  if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    const allow = HTTP_METHODS.join(', ');
    return refusal(new AppError('METHOD_NOT_ALLOWED', `${method} is not served here; use ${allow}`), {
      Allow: allow,
    });
  }
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
  } catch {
    return refusal(new AppError('NOT_FOUND', 'No such path: its percent-encoding is not valid UTF-8'));
  }
  return null;
}
