// REST: POST /licenses/validate-key (API.md §4, DOMAIN.md §4) — no auth, rate tier `validation`, always 200 for
// a well-formed body (the outcome is data, not an error).
import { Reply, route } from '@/server/rest/route.ts';
import { signBody } from '@/server/domain/signing/sign-body.ts';
import {
  validateKeyInput,
  validateLicenseKey,
  validationResultView,
} from '@/server/domain/validation/validate-key.ts';

export const validateKeyRoute = route({
  method: 'POST',
  path: '/licenses/validate-key',
  auth: ['none'],
  rateLimit: 'validation',
  body: validateKeyInput,
  idempotent: false,
  signBody,
  openapi: {
    summary: 'Validate a license key',
    tags: ['Licenses'],
    description:
      'Checks a key (and optionally a machine fingerprint, entitlements, product and environment). Always 200 for a well-formed body: ' +
      '`valid` and `code` tell the outcome — NOT_FOUND, PRODUCT_MISMATCH, BANNED, REVOKED, SUSPENDED, EXPIRED, USAGE_LIMIT_EXCEEDED, ' +
      'FINGERPRINT_REQUIRED, FINGERPRINT_NOT_FOUND, HEARTBEAT_REQUIRED, ENTITLEMENTS_MISSING, MACHINE_LIMIT_EXCEEDED, EXPIRED (valid under ' +
      'ALLOW_ACCESS), VALID — the first failing check wins.',
    response: validationResultView,
  },
  handler: async ({ db, body }) => {
    const { answer, scope } = await validateLicenseKey({ db }, body);
    return new Reply(200, answer, scope ?? undefined);
  },
});
