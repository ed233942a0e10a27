// The centred card with the Licentric mark that frames sign-in, sign-up and invitation pages.
import type { ReactNode } from 'react';

export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand-mark">
          <span className="logo" aria-hidden>
            ◆
          </span>
          Licentric
        </div>
        {children}
      </div>
    </main>
  );
}
