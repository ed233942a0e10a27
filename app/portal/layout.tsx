// Customer portal shell: its own stylesheet, a skip link and a narrow, phone-friendly column.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './portal.css';

export const metadata: Metadata = {
  title: 'License portal',
  description: 'See your licenses and free up machines to move to a new computer.',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <div className="portal">
      <a className="skip-link" href="#portal-main">
        Skip to content
      </a>
      <main id="portal-main" className="portal-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
