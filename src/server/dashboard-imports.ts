// The dashboard's import upload (POST /api/dashboard/imports): the wizard's files go here instead of tRPC, whose
// bodies stop at 1 MiB. Authenticated by the next-auth session and the account/environment cookies like tRPC,
// same-origin only (the web guard's check), developers and up; the body (CSV streamed to a spool file, up to 50 MB,
// or Keygen JSON documents) runs as a background import whose ImportJob the wizard polls over tRPC.
import { z } from 'zod';
import { getDb } from '@/server/db.ts';
import { AppError } from '@/server/errors.ts';
import { newRequestId } from '@/lib/ids.ts';
import { ACCOUNT_COOKIE, ENVIRONMENT_COOKIE } from '@/lib/cookies.ts';
import { assertSafeInput } from '@/server/input-guard.ts';
import { errorResponse, jsonResponse, toAppError } from '@/server/rest/responses.ts';
import { readLimitedBody } from '@/server/shared/limited-body.ts';
import { isSameOrigin } from '@/server/web-guard.ts';
import { parseCookies } from '@/server/trpc/init.ts';
import { resolveMembership } from '@/server/domain/members/members.ts';
import type { DomainContext } from '@/server/context.ts';
import { keygenImportInput } from '@/server/domain/imports/keygen-import.ts';
import {
  assertImportCapacity,
  spoolUpload,
  startBackgroundImport,
} from '@/server/domain/imports/background-import.ts';
import { importQuery, MAX_IMPORT_BYTES } from '@/server/rest/endpoints/imports.ts';

const WRITER_ROLES = new Set(['owner', 'admin', 'developer']);

const keygenBody = z.union([z.strictObject({ keygen: keygenImportInput }), keygenImportInput]);

function contentType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Handles one upload. `sessionUser` resolves the signed-in user's id (null when signed out); it is asked only
 * after the same-origin check, so a cross-site request is refused before any session code runs.
 */
export async function handleDashboardImport(
  request: Request,
  sessionUser: () => Promise<string | null>,
): Promise<Response> {
  const requestId = newRequestId();
  try {
    if (!isSameOrigin(request.headers)) {
      throw new AppError('FORBIDDEN', 'Cross-site request refused: imports are accepted from this site only');
    }
    const userId = await sessionUser();
    if (!userId) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
    const db = await getDb();
    const cookies = parseCookies(request.headers.get('cookie'));
    const membership = await resolveMembership({ db, userId }, cookies[ACCOUNT_COOKIE]);
    if (!membership) throw new AppError('FORBIDDEN', 'You are not a member of any account');
    if (!WRITER_ROLES.has(membership.role)) {
      throw new AppError('FORBIDDEN', 'Viewers have read-only access; ask an admin for the developer role');
    }
    const ctx: DomainContext = {
      db,
      accountId: membership.accountId,
      environment: cookies[ENVIRONMENT_COOKIE] === 'test' ? 'test' : 'live',
      actor: { type: 'user', id: userId },
    };
    const url = new URL(request.url);
    const query = importQuery.parse(Object.fromEntries(url.searchParams));
    const options = { dryRun: query.dryRun ?? false, suppressWebhooks: query.suppressWebhooks ?? false };
    const type = contentType(request);
    let job;
    await assertImportCapacity(ctx);
    if (type === 'text/csv') {
      if (!request.body) throw new AppError('VALIDATION_ERROR', 'The request has no body');
      const declared = Number(request.headers.get('content-length') ?? '0');
      if (declared > MAX_IMPORT_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', `Import files are limited to ${MAX_IMPORT_BYTES} bytes`);
      }
      const file = await spoolUpload(request.body, MAX_IMPORT_BYTES);
      job = await startBackgroundImport(ctx, { format: 'csv', file, mapping: query.mapping }, options);
    } else if (type === 'application/json') {
      const raw = await readLimitedBody(request, MAX_IMPORT_BYTES);
      let value: unknown;
      try {
        value = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new AppError('VALIDATION_ERROR', 'The body is not valid JSON');
      }
      assertSafeInput(value, 'body');
      const parsed = keygenBody.parse(value);
      const documents = 'keygen' in parsed ? parsed.keygen : parsed;
      job = await startBackgroundImport(ctx, { format: 'keygen', documents }, options);
    } else {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send a CSV file (text/csv) or Keygen documents (application/json)',
      );
    }
    return jsonResponse(202, { data: job }, { 'X-Request-Id': requestId });
  } catch (error) {
    return errorResponse(toAppError(error, requestId), requestId);
  }
}
