// REST: GET /signing-keys and POST /licenses/{id}/checkout (API.md §4 Signing keys, Licenses; DOMAIN.md §6).
import { z } from 'zod';
import { route } from '@/server/rest/route.ts';
import { AppError } from '@/server/errors.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { listSigningKeys, signingKeyView } from '@/server/domain/signing/signing-keys.ts';
import { checkoutInput, checkoutLicense, checkoutView } from '@/server/domain/signing/checkout.ts';
import { authed } from './authed.ts';

export const listSigningKeysRoute = route({
  method: 'GET',
  path: '/signing-keys',
  auth: ['apiKey'],
  openapi: {
    summary: 'List the signing public keys',
    description:
      "The environment's Ed25519 public keys, newest first; the first key is created on first use. Inactive (rotated) " +
      'keys stay listed so license files and answers they signed keep verifying. Any valid API key may read them.',
    tags: ['Signing keys'],
    response: z.array(signingKeyView),
  },
  handler: ({ ctx }) => listSigningKeys(authed(ctx)),
});

export const checkoutLicenseRoute = route({
  method: 'POST',
  path: '/licenses/{id}/checkout',
  auth: ['apiKey', 'license'],
  scopes: ['licenses:read'],
  params: idParam,
  body: checkoutInput,
  openapi: {
    summary: 'Check out an offline license file',
    description:
      'A signed license file for offline use (DOMAIN.md §6). TTL 3600 s … offlineMaxDays; default 14 days capped by ' +
      'it; under RESTRICT_ACCESS and REVOKE never past the license expiry. With License auth, only its own license.',
    tags: ['Licenses'],
    response: checkoutView,
    errors: ['FORBIDDEN', 'OFFLINE_NOT_ALLOWED', 'LICENSE_NOT_ACTIVE', 'LICENSE_EXPIRED', 'UNPROCESSABLE'],
  },
  handler: ({ ctx, principal, params, body }) => {
    if (principal.kind === 'license' && principal.license.id !== params.id) {
      throw new AppError('FORBIDDEN', 'License auth can only check out its own license');
    }
    return checkoutLicense(authed(ctx), params.id, body);
  },
});
