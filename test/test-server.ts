import { resolve } from 'node:path';
import { systemActor } from '../src/server/actor';
import { buildApp } from '../src/server/app';
import { defaultAuthSettings } from '../src/server/config';
import { createUser } from '../src/server/features/accounts/accounts.service';
import { createTestDatabase } from './test-db';

export type TestCredentials = { email: string; password: string };

/**
 * A real HTTP server on a random port with a fresh seeded database and the built web app, and
 * two accounts that can sign in at once: a programme manager and an admin. With `jobs`, the
 * background worker runs (matching recomputation, imports), as under `ctb serve`.
 */
export async function startTestServer(options: { jobs?: { pollMs: number }; eventVideoUrlTemplate?: string } = {}): Promise<{
  url: string;
  manager: TestCredentials;
  admin: TestCredentials;
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db, webDist: resolve('dist/web'), jobs: options.jobs, eventVideoUrlTemplate: options.eventVideoUrlTemplate });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const accounts = { db: database.db, settings: defaultAuthSettings, publicUrl: url, now: () => new Date() };
  const manager = { email: 'manager@example.org', password: 'manager password 1' };
  const admin = { email: 'admin@example.org', password: 'admin password 1' };
  for (const [who, role] of [[manager, 'programme-manager'], [admin, 'admin']] as const) {
    await createUser(
      accounts,
      systemActor('test server'),
      { email: who.email, displayName: role, role, organisationId: null, regionId: null, language: 'en' },
      { password: who.password },
    );
  }
  return {
    url,
    manager,
    admin,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
