'use client';
// The two sign-in forms of the portal (license key; email link when SMTP is configured), with their messages
// announced to screen readers and focus moved to an error.
import { useActionState, useEffect, useRef, useState } from 'react';
import { requestEmailLinkAction, signInWithKeyAction, type FormState } from './actions.ts';

export function KeySignInForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signInWithKeyAction, {});
  const input = useRef<HTMLInputElement>(null);
  // controlled: React resets uncontrolled fields after a form action, and a one-character typo must not cost
  // retyping the whole key
  const [key, setKey] = useState('');
  useEffect(() => {
    if (state.error) input.current?.focus();
  }, [state]);
  return (
    <form action={action} className="portal-form">
      <label htmlFor="license-key">License key</label>
      <input
        ref={input}
        id="license-key"
        name="key"
        type="text"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABC-XXXX-XXXX-XXXX-XXXX"
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? 'key-error key-hint' : 'key-hint'}
      />
      <p id="key-hint" className="hint">
        You find it in your purchase email or in the app&apos;s license window.
      </p>
      <div aria-live="assertive">
        {state.error ? (
          <p id="key-error" className="form-error" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

export function EmailSignInForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestEmailLinkAction, {});
  return (
    <form action={action} className="portal-form">
      <label htmlFor="email">Email address</label>
      <input
        id="email"
        name="email"
        type="email"
        required
        autoComplete="email"
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? 'email-error email-hint' : 'email-hint'}
      />
      <p id="email-hint" className="hint">
        The address your licenses were issued to. We email you a link that signs you in.
      </p>
      <div aria-live="polite">
        {state.error ? (
          <p id="email-error" className="form-error" role="alert">
            {state.error}
          </p>
        ) : null}
        {state.message ? (
          <p className="form-success" role="status">
            {state.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Sending…' : 'Email me a sign-in link'}
      </button>
    </form>
  );
}
