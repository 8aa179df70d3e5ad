import { resolve } from 'node:path';
import { buildApp } from '../src/server/app';
import { createTestDatabase } from './test-db';

/** A real HTTP server on a random port with a fresh seeded database and the built web app. */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db, webDist: resolve('dist/web') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
