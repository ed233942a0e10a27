// Email sign-in against a real SMTP server on loopback: one mail per vendor with licenses for the address, none
// for an unknown address; the link signs in once, and neither a second use nor an expired link works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { sha256Hex } from '@/lib/crypto.ts';
import { testDb } from '../../../../tests/helpers.ts';
import { resetPortalMailForTests } from '@/server/domain/portal/mail.ts';
import { signPortalSession, verifyPortalSession } from '../../../../app/portal/_session/session.ts';
import { getPortalMachine, loadPortalView } from './portal.ts';
import { consumePortalSignInToken, sendPortalSignInLinks } from './sign-in.ts';
import { activate, createLicenseFixture, createVendor } from '../../../../tests/fixtures/portal.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../../../../tests/smtp-inbox.ts';

let server: SmtpInbox;
let inbox: ReceivedMail[] = [];

beforeAll(async () => {
  server = await startSmtpInbox();
  inbox = server.mails;
  process.env.SMTP_URL = server.url;
  process.env.SMTP_FROM = 'Licenses <licenses@example.test>';
  process.env.LICENTRIC_BASE_URL = 'https://licenses.example.test';
  resetEnvForTests();
  resetPortalMailForTests();
});

afterAll(async () => {
  resetPortalMailForTests();
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  delete process.env.LICENTRIC_BASE_URL;
  resetEnvForTests();
  await server.close();
});

/** The sign-in link in a raw message (quoted-printable soft breaks undone). */
function linkIn(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https:\/\/licenses\.example\.test\/portal\/login\?token=[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error(`no link in message:\n${raw}`);
  return match[0];
}

describe('portal sign-in by email link', () => {
  it('mails one link per vendor; the link signs in once into that vendor only', async () => {
    const db = await testDb();
    const email = `buyer-${Date.now()}@example.com`;
    const a = await createVendor(db, { name: 'Alpha Software' });
    const b = await createVendor(db, { name: 'Beta Tools' });
    const licenseA = await createLicenseFixture(a, { userEmail: email });
    const licenseB = await createLicenseFixture(b, { userEmail: email });
    inbox.length = 0;

    expect(await sendPortalSignInLinks({ db }, `  ${email.toUpperCase()} `)).toBe(2);
    expect(inbox).toHaveLength(2);
    expect(inbox.every((m) => m.to[0] === email)).toBe(true);
    const toAlpha = inbox.find((m) => m.raw.includes('Alpha Software'));
    expect(toAlpha?.raw).toMatch(/^Subject: Your sign-in link for Alpha Software/m);
    expect(toAlpha?.raw).toMatch(/^From: Licenses <licenses@example\.test>/m);
    const token = new URL(linkIn(toAlpha!.raw)).searchParams.get('token')!;

    // only the hash is stored
    expect(await db.portalLoginToken.findUnique({ where: { tokenHash: token } })).toBeNull();
    expect(await db.portalLoginToken.findUnique({ where: { tokenHash: sha256Hex(token) } })).toMatchObject({
      accountId: a.accountId,
      environment: 'live',
      email,
      usedAt: null,
    });

    const subject = await consumePortalSignInToken({ db }, token);
    expect(subject).toEqual({ kind: 'email', accountId: a.accountId, environment: 'live', email });
    const view = await loadPortalView({ db, subject: verifyPortalSession(signPortalSession(subject!))! });
    expect(view!.vendor.name).toBe('Alpha Software');
    expect(view!.licenses.map((l) => l.id)).toEqual([licenseA.id]);
    expect(view!.licenses.map((l) => l.id)).not.toContain(licenseB.id);

    expect(await consumePortalSignInToken({ db }, token)).toBeNull();
  });

  it('sends nothing for an unknown address', async () => {
    const db = await testDb();
    inbox.length = 0;
    expect(await sendPortalSignInLinks({ db }, `nobody-${Date.now()}@example.com`)).toBe(0);
    expect(await sendPortalSignInLinks({ db }, 'not an email')).toBe(0);
    expect(inbox).toHaveLength(0);
  });

  it('refuses a link after 15 minutes', async () => {
    const db = await testDb();
    const email = `late-${Date.now()}@example.com`;
    const vendor = await createVendor(db);
    await createLicenseFixture(vendor, { userEmail: email });
    inbox.length = 0;
    const sentAt = new Date();
    expect(await sendPortalSignInLinks({ db }, email, sentAt)).toBe(1);
    const token = new URL(linkIn(inbox[0]!.raw)).searchParams.get('token')!;
    expect(
      await consumePortalSignInToken({ db }, token, new Date(sentAt.getTime() + 15 * 60_000 + 1)),
    ).toBeNull();
    // and an unused link inside its 15 minutes still works
    expect(
      await consumePortalSignInToken({ db }, token, new Date(sentAt.getTime() + 14 * 60_000)),
    ).not.toBeNull();
    expect(await consumePortalSignInToken({ db }, 'forged-token')).toBeNull();
  });

  it("treats _ and % in an address literally: a look-alike address never reaches another customer's licenses", async () => {
    const db = await testDb();
    const tag = Date.now().toString(36);
    const victim = `jsmith-${tag}@outlook.com`;
    const attacker = `j_mith-${tag}@outlook.com`;
    const vendor = await createVendor(db, { name: 'Look-alike Vendor' });
    const victimLicense = await createLicenseFixture(vendor, { userEmail: victim, floating: true });
    const victimMachine = await activate(vendor, victimLicense.id, 'victim-pc');
    inbox.length = 0;
    // nobody else holds a license under these addresses: each one would match the victim's as a LIKE pattern
    for (const lookAlike of [
      attacker,
      `%-${tag}@outlook.com`,
      `j%h-${tag}@outlook.com`,
      `______-${tag}@outlook.com`,
    ])
      expect(await sendPortalSignInLinks({ db }, lookAlike), lookAlike).toBe(0);
    expect(inbox).toHaveLength(0);
    // the real owner still signs in, in any letter case
    expect(await sendPortalSignInLinks({ db }, victim.toUpperCase())).toBe(1);

    // the attacker holds a license of their own at the same vendor: their session sees only that one
    const own = await createLicenseFixture(vendor, { userEmail: attacker, floating: true });
    inbox.length = 0;
    expect(await sendPortalSignInLinks({ db }, attacker)).toBe(1);
    const token = new URL(linkIn(inbox[0]!.raw)).searchParams.get('token')!;
    const subject = await consumePortalSignInToken({ db }, token);
    const session = verifyPortalSession(signPortalSession(subject!));
    const view = await loadPortalView({ db, subject: session! });
    expect(view!.licenses.map((l) => l.id)).toEqual([own.id]);
    await expect(getPortalMachine({ db, subject: session! }, victimMachine)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
