// Root layout: document shell and the site-wide stylesheet.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// every page renders per request, so its scripts carry that answer's CSP nonce (src/server/security-headers.ts);
// a page prerendered at build time would carry none, and the policy would block its scripts
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Licentric',
  description: 'Software licensing you host yourself: license keys, activations, entitlements and webhooks.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
