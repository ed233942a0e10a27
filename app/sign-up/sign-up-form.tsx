'use client';
// The sign-up form: validated by the server's signUpInput schema (field errors come back per field).
import Link from 'next/link';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { signIn } from 'next-auth/react';
import { safeRedirectPath } from '@/lib/safe-redirect.ts';
import { errorMessage, fieldErrors, useTRPC } from '@/trpc/client.tsx';
import { AuthCard } from '../(dashboard)/_components/auth-card.tsx';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const trpc = useTRPC();
  const [form, setForm] = useState({ name: '', accountName: '', email: '', password: '' });
  const [signInError, setSignInError] = useState('');
  const signUp = useMutation(
    trpc.account.signUp.mutationOptions({
      onSuccess: async () => {
        const result = await signIn('credentials', {
          email: form.email,
          password: form.password,
          redirect: false,
          callbackUrl,
        });
        if (!result || result.error)
          setSignInError('Your account was created, but signing in failed. Try signing in.');
        else window.location.assign(safeRedirectPath(callbackUrl));
      },
    }),
  );
  const errors = fieldErrors(signUp.error);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: e.target.value });
  const field = (key: keyof typeof form, label: string, type: string, help: string, autoComplete: string) => (
    <div className={`field${errors[key] ? ' invalid' : ''}`}>
      <label htmlFor={key}>{label}</label>
      <input id={key} type={type} autoComplete={autoComplete} value={form[key]} onChange={set(key)} />
      {errors[key] ? (
        <span className="error" role="alert">
          {errors[key]}
        </span>
      ) : (
        <span className="help">{help}</span>
      )}
    </div>
  );
  const generalError =
    signInError || (signUp.error && Object.keys(errors).length === 0 ? errorMessage(signUp.error) : '');

  return (
    <AuthCard>
      <h1>Create your account</h1>
      <p className="sub">Start issuing license keys in a few minutes.</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          signUp.mutate(form);
        }}
      >
        {generalError ? (
          <div className="form-error" role="alert">
            {generalError}
          </div>
        ) : null}
        {field('name', 'Your name', 'text', 'Shown to your teammates.', 'name')}
        {field(
          'accountName',
          'Company or project',
          'text',
          'You can rename it later and add more accounts.',
          'organization',
        )}
        {field('email', 'Work email', 'email', 'You sign in with this address.', 'email')}
        {field('password', 'Password', 'password', 'At least 10 characters.', 'new-password')}
        <button
          className="btn btn-primary btn-block"
          type="submit"
          disabled={signUp.isPending || signUp.isSuccess}
        >
          {signUp.isPending || signUp.isSuccess ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p className="auth-foot">
        Already have an account?{' '}
        <Link
          href={`/sign-in${callbackUrl !== '/dashboard' ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
        >
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
