import { defineConfig } from 'vitest/config';

// Four projects so CI can tell which suites ran: `unit` (pure engines, CLI), `web` (React
// components in happy-dom, the network faked at fetch), `api` (server against PGlite, or PostgreSQL
// when TEST_DATABASE_URL is set), `e2e` (Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/core/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
            'src/web/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['src/web/**/*.test.tsx'],
          environment: 'happy-dom',
          // Relative fetches (`/api/...`) resolve against this origin; the fake network answers them.
          environmentOptions: { happyDOM: { url: 'http://localhost/' } },
          setupFiles: ['src/web/test/setup.ts'],
          unstubGlobals: true,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/server/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
