import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const ours = (...folders) => folders.map((f) => `**/${f}/**`);

/** Dependency rules of docs/architecture.md, enforced. */
const layering = [
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ours('server', 'web', 'cli', 'shared'), message: 'core imports nothing of ours but core' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'net'], message: 'core is pure: no I/O' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ours('server', 'web', 'cli'), message: 'shared imports nothing of ours but the list of languages' },
            { group: ['**/core/*', '!**/core/languages'], message: 'shared imports nothing of ours but the list of languages' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ours('server', 'cli'), message: 'the web imports shared and pure core helpers only' }] }],
    },
  },
  {
    // Host adapters of the pure engines (worker threads): shared by the server and the CLI.
    files: ['src/server/solver/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ours('features', 'db', 'plugins', 'web', 'cli'), message: 'the solver module imports core only' }] },
      ],
    },
  },
  {
    files: ['src/server/features/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^/]+/[^/]+\\.(repository|routes)$',
              message: "a feature imports another feature's *.service.ts only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/features/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/schema', '**/db/schema/*', 'drizzle-orm', 'drizzle-orm/*'], message: 'routes never touch the database' },
            { regex: '\\.repository$', message: 'routes call services, not repositories' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'coverage/**', 'vendor/**', 'src/server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'user text is never rendered as HTML' }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits or handles loses its error (and in a route, its
    // transaction's outcome); a promise passed where a plain callback is expected does the same.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layering,
);
