#!/usr/bin/env node
// `npm start`: (0) read .env files the way Next.js does, so every step sees the same settings as the server,
// (1) `next build` when there is no production build or the sources are newer than it (`--no-build`: never build,
// serve the existing one — the container image), (2) prepare the database in its own process (migrations; demo
// data into an empty embedded database), (3) run server.ts in this process (TypeScript through tsx), which owns
// SIGTERM/SIGINT from here on.
/* global process, console */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// Next's own loader (the copy next depends on): .env.production.local, .env.local, .env.production, .env;
// variables already in the environment win. Without this the migration step would not see what the server sees.
const { loadEnvConfig } = createRequire(createRequire(import.meta.url).resolve('next/package.json'))(
  '@next/env',
);
loadEnvConfig(root, false);
// Next's anonymous telemetry is off, like in the Dockerfile: no usage reports and no notice at the first build
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  if (result.signal) process.kill(process.pid, result.signal);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Newest modification time of the files the production build is made from. */
function newestSource() {
  let newest = 0;
  const visit = (entry) => {
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) {
        if (name !== 'node_modules' && !name.startsWith('.')) visit(path.join(entry, name));
      }
    } else if (!/\.(test|spec)\.tsx?$/.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const entry of ['app', 'src', 'public', 'instrumentation.ts', 'next.config.ts', 'package-lock.json']) {
    visit(path.join(root, entry));
  }
  return newest;
}

const buildId = path.join(root, '.next', 'BUILD_ID');
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (process.argv.includes('--no-build')) {
  if (!built) {
    console.error(
      '[licentric] --no-build: there is no production build (.next/BUILD_ID); run `npm run build`',
    );
    process.exit(1);
  }
} else if (!built || newestSource() > built) {
  console.log(
    built
      ? '[licentric] sources changed since the last build: building'
      : '[licentric] no production build yet: building',
  );
  run(bin('next'), ['build']);
}

run(bin('tsx'), ['scripts/prepare-db.ts']);

process.env.NODE_ENV = 'production';
process.env.NEXT_MANUAL_SIG_HANDLE = 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../server.ts');
