// Any /api/v1 path without a route: 404 in the error envelope, whatever the method.
import { newRequestId } from '@/lib/ids.ts';
import { AppError } from '@/server/errors.ts';
import { errorResponse } from '@/server/rest/responses.ts';

function unknownPath(): Promise<Response> {
  return Promise.resolve(
    errorResponse(new AppError('NOT_FOUND', 'No such endpoint; see /api/openapi.json'), newRequestId()),
  );
}

export {
  unknownPath as GET,
  unknownPath as HEAD,
  unknownPath as OPTIONS,
  unknownPath as POST,
  unknownPath as PUT,
  unknownPath as PATCH,
  unknownPath as DELETE,
};
