// Portal email: the nodemailer transport built from SMTP_URL, and the sign-in link message.
// Without SMTP_URL the email sign-in option is hidden and nothing here is called.
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/env.ts';

const holder = globalThis as unknown as { __licentricPortalMail?: { url: string; transport: Transporter } };

export function isPortalEmailEnabled(): boolean {
  return env().SMTP_URL !== undefined;
}

function transport(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new Error('SMTP_URL is not set');
  if (holder.__licentricPortalMail?.url !== url) {
    holder.__licentricPortalMail = { url, transport: nodemailer.createTransport(url) };
  }
  return holder.__licentricPortalMail.transport;
}

function fromAddress(): string {
  const e = env();
  if (e.SMTP_FROM) return e.SMTP_FROM;
  const host = new URL(e.LICENTRIC_BASE_URL ?? 'http://localhost').hostname;
  return `Licentric <no-reply@${host.includes('.') ? host : 'localhost.localdomain'}>`;
}

/** Sends one message through the deployment's mail server (SMTP_URL must be set; see isPortalEmailEnabled). */
export async function sendMail(message: { to: string; subject: string; text: string; html: string }) {
  await transport().sendMail({ from: fromAddress(), ...message });
}

interface LoginLinkMail {
  to: string;
  vendorName: string;
  environment: 'live' | 'test';
  link: string;
  expiresInMinutes: number;
}

/** One message per vendor (account + environment): the link signs in to that vendor's licenses only. */
export async function sendLoginLinkMail(mail: LoginLinkMail): Promise<void> {
  const testNote = mail.environment === 'test' ? ' (test environment)' : '';
  const subject = `Your sign-in link for ${mail.vendorName}${testNote}`;
  const text = [
    'Hello,',
    '',
    `Someone (hopefully you) asked to sign in to the license portal of ${mail.vendorName}${testNote}.`,
    'Open this link to see your licenses and manage your machines:',
    '',
    mail.link,
    '',
    `The link works once and expires in ${mail.expiresInMinutes} minutes.`,
    'If you did not ask for it, you can ignore this email: nothing changes until the link is used.',
  ].join('\n');
  const html = `<p>Hello,</p>
<p>Someone (hopefully you) asked to sign in to the license portal of <strong>${escapeHtml(mail.vendorName)}</strong>${testNote}.</p>
<p><a href="${escapeHtml(mail.link)}">Sign in to your licenses</a></p>
<p>The link works once and expires in ${mail.expiresInMinutes} minutes. If you did not ask for it, you can ignore this email.</p>`;
  await sendMail({ to: mail.to, subject, text, html });
}

/** Text safe inside HTML (element content and quoted attributes). */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Forget the cached transport (tests that change SMTP_URL). */
export function resetPortalMailForTests(): void {
  holder.__licentricPortalMail?.transport.close();
  holder.__licentricPortalMail = undefined;
}
