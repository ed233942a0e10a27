// Vitest: `unit` runs pure *.test.ts files in parallel; `integration` runs *.int.test.ts against a real
// database — PostgreSQL when DATABASE_URL is set, else an embedded PGlite in a temporary data folder. PGlite has
// one connection and one owning process, so integration files then run one at a time.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const exclude = [
  '**/node_modules/**',
  '.next/**',
  'data/**',
  'e2e/**',
  'src/generated/**',
  'test-results/**',
];
const embedded = !process.env.DATABASE_URL;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'src')}/` },
      { find: /^@licentric\/sdk$/, replacement: path.resolve(import.meta.dirname, 'src/sdk/index.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts'],
          setupFiles: ['tests/contract-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude,
          globalSetup: ['tests/global-setup.ts'],
          setupFiles: ['tests/setup.ts', 'tests/contract-setup.ts'],
          fileParallelism: !embedded,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
