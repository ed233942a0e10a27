// Portal session cookies: round trip, tampering, expiry, another secret, malformed values, cookie attributes.
import { beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import {
  PORTAL_PATH,
  SESSION_TTL_SECONDS,
  portalCookieOptions,
  signPortalSession,
  verifyPortalSession,
} from './session.ts';

const LICENSE_ID = '0b6c1a52-7d0e-4a43-9a51-6f3f0f7b9c11';
const ACCOUNT_ID = '4a1f2d3c-5b6e-4f70-8a9b-0c1d2e3f4a5b';

beforeAll(() => {
  process.env.AUTH_SECRET = 'portal-session-unit-test-secret';
  resetEnvForTests();
});

describe('portal session cookie', () => {
  it('round-trips a license session and an email session', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(
      verifyPortalSession(signPortalSession({ kind: 'license', licenseId: LICENSE_ID }, now), now),
    ).toMatchObject({
      kind: 'license',
      licenseId: LICENSE_ID,
      exp: now.getTime() / 1000 + SESSION_TTL_SECONDS,
    });
    const email = {
      kind: 'email' as const,
      accountId: ACCOUNT_ID,
      environment: 'test' as const,
      email: 'a@example.com',
    };
    expect(verifyPortalSession(signPortalSession(email, now), now)).toMatchObject(email);
  });

  it('rejects a changed payload, a changed or missing signature and malformed values', () => {
    const value = signPortalSession({ kind: 'license', licenseId: LICENSE_ID });
    const [payload, signature] = value.split('.') as [string, string];
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), licenseId: ACCOUNT_ID }),
    ).toString('base64url');
    expect(verifyPortalSession(`${other}.${signature}`)).toBeNull();
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    expect(verifyPortalSession(`${payload}.${flipped}`)).toBeNull();
    for (const bad of [payload, `${payload}.`, `${value}.x`, '', undefined, null, 'a.b', 'x'.repeat(5000)]) {
      expect(verifyPortalSession(bad)).toBeNull();
    }
  });

  it('expires after 12 hours and refuses sessions from the future', () => {
    const issued = new Date('2030-01-01T00:00:00Z');
    const value = signPortalSession({ kind: 'license', licenseId: LICENSE_ID }, issued);
    expect(
      verifyPortalSession(value, new Date(issued.getTime() + (SESSION_TTL_SECONDS - 1) * 1000)),
    ).not.toBeNull();
    expect(verifyPortalSession(value, new Date(issued.getTime() + SESSION_TTL_SECONDS * 1000))).toBeNull();
    expect(verifyPortalSession(value, new Date(issued.getTime() - 3_600_000))).toBeNull();
  });

  it('is bound to the deployment secret', () => {
    const value = signPortalSession({ kind: 'license', licenseId: LICENSE_ID });
    process.env.AUTH_SECRET = 'another-deployment';
    resetEnvForTests();
    try {
      expect(verifyPortalSession(value)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = 'portal-session-unit-test-secret';
      resetEnvForTests();
    }
    expect(verifyPortalSession(value)).not.toBeNull();
  });

  it('is an httpOnly, SameSite=Lax cookie on /portal, Secure on https', () => {
    expect(portalCookieOptions(true)).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: PORTAL_PATH,
      maxAge: SESSION_TTL_SECONDS,
    });
    expect(portalCookieOptions(false).secure).toBe(false);
  });
});
