// Next.js configuration: embedded-database packages stay outside the server bundle.
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/schema-engine-wasm',
    '@node-rs/argon2',
    'pg',
    // one copy per process: limiter instances are shared through globalThis by routes, server actions and pages
    'rate-limiter-flexible',
    'ioredis',
  ],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` runs tsc separately (CI and npm test)
};

export default nextConfig;
