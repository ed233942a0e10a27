// ESLint flat config: type-aware typescript-eslint over app/, src/, e2e/, scripts/ and prisma/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'data/',
      'src/generated/',
      'src/sdk/dist/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
      'scripts/prisma-wasm.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'scripts/bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // The domain is the ground floor (ARCHITECTURE.md): REST, tRPC, the portal's cookie/request glue and Next
    // call it, never the other way round. Its tests may drive the REST endpoints; production modules may not.
    files: ['src/server/domain/**/*.ts', 'src/server/domain/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/server/rest/**', '**/server/rest/**', '../../rest/**', '../rest/**'],
              message:
                'The domain may not import the REST transport (shared code belongs in src/server/shared/).',
            },
            {
              group: ['@/server/trpc/**', '**/server/trpc/**', '../../trpc/**', '@/trpc/**'],
              message: 'The domain may not import the tRPC transport.',
            },
            {
              group: ['**/app/**', '@/server/portal/**', '**/server/portal/**', '../../portal/**'],
              message:
                "The domain may not import pages or the portal's session and request glue (app/portal/_session/).",
            },
            {
              group: [
                'next',
                'next/**',
                'next-auth',
                'next-auth/**',
                '@/server/auth/next-auth*',
                'react',
                'react-dom',
              ],
              message: 'The domain may not import Next, next-auth or React.',
            },
          ],
        },
      ],
    },
  },
  {
    // tests inspect arbitrary JSON answers: unsafe-any access is expected there, nowhere else
    files: ['**/*.test.ts', 'tests/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
