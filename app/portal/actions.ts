'use server';
// Portal server actions: sign in (key or email link), sign out, deactivate a machine. Each POST is checked for
// same origin; the domain functions own the rules, these only read the form, call and redirect.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError } from '@/server/errors.ts';
import { textProblem } from '@/server/input-guard.ts';
import { isUuid } from '@/server/domain/shared/schemas.ts';
import { safeRedirectPath } from '@/lib/safe-redirect.ts';
import {
  RATE_LIMITED_MESSAGE,
  SIGN_IN_FAILED_MESSAGE,
  checkEmailSignInRateLimit,
  consumePortalSignInToken,
  sendPortalSignInLinks,
  signInWithLicenseKey,
} from '@/server/domain/portal/sign-in.ts';
import { deactivatePortalMachine } from '@/server/domain/portal/portal.ts';
import { isPortalEmailEnabled } from '@/server/domain/portal/mail.ts';
import {
  endPortalSession,
  isSameOriginPost,
  portalClientIp,
  portalContext,
  readPortalSession,
  signedInPortalContext,
  startPortalSession,
} from './_session/request.ts';

export interface FormState {
  error?: string;
  message?: string;
}

/** A form field's text: '' when absent, null when it is not storable text (NUL, lone surrogate: see input-guard). */
const text = (form: FormData, name: string): string | null => {
  const value = form.get(name);
  if (typeof value !== 'string') return '';
  return textProblem(value) === null ? value : null;
};

export async function signInWithKeyAction(_previous: FormState, form: FormData): Promise<FormState> {
  if (!(await isSameOriginPost())) return { error: SIGN_IN_FAILED_MESSAGE };
  const key = text(form, 'key');
  if (key === null) return { error: SIGN_IN_FAILED_MESSAGE };
  if (key.trim() === '') return { error: 'Enter your license key.' };
  const result = await signInWithLicenseKey(await portalContext(), { key, ip: await portalClientIp() });
  if (!result.ok)
    return { error: result.reason === 'rate_limited' ? RATE_LIMITED_MESSAGE : SIGN_IN_FAILED_MESSAGE };
  await startPortalSession(result.subject);
  redirect('/portal');
}

const EMAIL_SENT =
  'If that address has licenses, we have sent it a sign-in link (one per software vendor). It works once and expires in 15 minutes.';

export async function requestEmailLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  if (!isPortalEmailEnabled()) return { error: 'Email sign-in is not available here.' };
  if (!(await isSameOriginPost())) return { error: 'Something went wrong. Reload the page and try again.' };
  const email = z
    .email()
    .max(320)
    .safeParse((text(form, 'email') ?? '').trim());
  if (!email.success) return { error: 'Enter a valid email address.' };
  const limit = await checkEmailSignInRateLimit({ email: email.data, ip: await portalClientIp() });
  if (!limit.ok) return { error: RATE_LIMITED_MESSAGE };
  // Not awaited: the answer (and its timing) is the same whether or not the address is known.
  void portalContext()
    .then((ctx) => sendPortalSignInLinks(ctx, email.data))
    .catch((error: unknown) => console.error('[licentric] portal sign-in email failed:', error));
  return { message: EMAIL_SENT };
}

export async function consumeSignInLinkAction(form: FormData): Promise<void> {
  if (!(await isSameOriginPost())) redirect('/portal/login?error=link');
  const subject = await consumePortalSignInToken(await portalContext(), text(form, 'token') ?? '');
  if (!subject) redirect('/portal/login?error=link');
  await startPortalSession(subject);
  redirect('/portal');
}

export async function signOutAction(): Promise<void> {
  if (await isSameOriginPost()) await endPortalSession();
  redirect('/portal');
}

export async function deactivateMachineAction(form: FormData): Promise<void> {
  const machineId = text(form, 'machineId') ?? '';
  if (!isUuid(machineId)) redirect('/portal'); // it goes into the redirect URL below
  const session = await readPortalSession();
  if (!session) redirect('/portal');
  const back = safeRedirectPath(`/portal/machines/${machineId}/deactivate`, '/portal');
  if (!(await isSameOriginPost())) redirect(`${back}?error=origin`);
  let failure: string | null = null;
  try {
    await deactivatePortalMachine(await signedInPortalContext(session), machineId);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    failure = error.code;
  }
  if (failure === 'UNAUTHORIZED') redirect('/portal');
  if (failure === 'NOT_FOUND') redirect('/portal?done=gone');
  if (failure) redirect(`${back}?error=${failure === 'RATE_LIMITED' ? 'limit' : 'not_allowed'}`);
  redirect('/portal?done=deactivated');
}
