// server.ts imports the fast path before Next has started: its module graph must not load Next, whose
// AsyncLocalStorage modules throw when loaded that early (the production server would not start).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('loads the runtime fast path without loading any Next module', () => {
  const script = `
    import('./src/server/rest/fast-path.ts').then(() => {
      const loaded = Object.keys(require('node:module')._cache).filter((f) => f.includes('/node_modules/next/'));
      console.log(JSON.stringify(loaded));
    });`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null')).toEqual([]);
}, 90_000);
