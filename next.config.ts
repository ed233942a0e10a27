// Next.js configuration: embedded-database packages stay outside the server bundle. `next build` type-checks the
// app with the project's TypeScript (devDependencies); `npm run typecheck` checks everything, tests included.
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
};

export default nextConfig;
