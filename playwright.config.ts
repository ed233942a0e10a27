// Playwright: browser tests in e2e/ against the production server (`npm start`) on a free port, with its own
// temporary embedded data folder — or against DATABASE_URL when that is set. Uses Debian's Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// This file is loaded by the runner and again by every worker: the choices are kept in process.env so the
// workers (children of the runner) see the same port and folder.
const freePort = () =>
  execFileSync(process.execPath, [
    '-e',
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
  ])
    .toString()
    .trim();
process.env.E2E_PORT ||= freePort();
// a second server with RUNTIME_FAST_PATH=false: e2e/api/runtime-mounts.spec.ts runs the runtime calls on both
process.env.E2E_NEXT_ONLY_PORT ||= freePort();
if (!process.env.DATABASE_URL) {
  if (!process.env.E2E_DATA_DIR) {
    removeOldDataDirs();
    process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-e2e-'));
    process.env.E2E_DATA_DIR_IS_TEMP = '1';
  }
  if (!process.env.E2E_NEXT_ONLY_DATA_DIR) {
    process.env.E2E_NEXT_ONLY_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-e2e-'));
    process.env.E2E_NEXT_ONLY_DATA_DIR_IS_TEMP = '1';
  }
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const nextOnlyURL = `http://127.0.0.1:${process.env.E2E_NEXT_ONLY_PORT}`;
// A folder made here is removed once the server has stopped: Playwright signals the whole process group, the
// shell's `trap` only lets it outlive the server (which cannot delete the folder it holds) to run the `rm`.
const serverCommand = (args: string, temporaryFolder: boolean): string =>
  temporaryFolder
    ? `trap true INT TERM; node scripts/start.mjs${args}; rm -rf "$LICENTRIC_DATA_DIR"`
    : `node scripts/start.mjs${args}`;
const serverEnv = (url: string, dataDir: string | undefined): Record<string, string> => ({
  PORT: new URL(url).port,
  HOST: '127.0.0.1',
  LICENTRIC_BASE_URL: url,
  WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
  // no test reaches Stripe: its API look-ups go to a closed local port
  STRIPE_API_BASE: 'http://127.0.0.1:9',
  ...(dataDir ? { LICENTRIC_DATA_DIR: dataDir } : {}),
});

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
          ],
        },
      },
    },
  ],
  // started one after the other: the first builds when needed, the second serves that build
  webServer: [
    {
      command: serverCommand('', Boolean(process.env.E2E_DATA_DIR_IS_TEMP)),
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 300_000, // includes `next build` on a fresh checkout
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      env: serverEnv(baseURL, process.env.E2E_DATA_DIR),
    },
    {
      command: serverCommand(' --no-build', Boolean(process.env.E2E_NEXT_ONLY_DATA_DIR_IS_TEMP)),
      url: `${nextOnlyURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      env: { ...serverEnv(nextOnlyURL, process.env.E2E_NEXT_ONLY_DATA_DIR), RUNTIME_FAST_PATH: 'false' },
    },
  ],
});

/** Folders of runs that were killed before their `rm`: older than an hour and not in use. */
function removeOldDataDirs(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    try {
      if (!name.startsWith('licentric-e2e-') || fs.statSync(dir).mtimeMs > hourAgo) continue;
      if (fs.existsSync(path.join(dir, 'pglite.lock'))) continue; // a server is running on it (or was killed)
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}
