import { type AppDeps, buildApp } from '../src/server/app';
import type { App } from '../src/server/http';
import type { Database } from '../src/server/db/open-database';
import { createTestDatabase } from './test-db';

export type TestApp = { app: App; database: Database; close(): Promise<void> };

/** The key that seals link secrets in the outbox of test apps, so tests can read the links (test/mailbox.ts). */
export const TEST_MAIL_LINK_KEY = Buffer.alloc(32, 7);

/** The real application on a fresh test database, called with Fastify's inject(). */
export async function createTestApp(options: Omit<AppDeps, 'db'> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ mailLinkKey: TEST_MAIL_LINK_KEY, ...options, db: database.db });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
