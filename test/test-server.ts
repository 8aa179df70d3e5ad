import { resolve } from 'node:path';
import { systemActor } from '../src/server/actor';
import { buildApp } from '../src/server/app';
import { defaultAuthSettings } from '../src/server/config';
import { createUser, offlineAccountsContext } from '../src/server/features/accounts/accounts.service';
import { receivedLink } from './mailbox';
import { TEST_MAIL_LINK_KEY } from './test-app';
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
  /** The link in the latest mail to an address, as its recipient reads it (the outbox shows it redacted). */
  mailedLink(to: string): Promise<URL>;
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const app = await buildApp({
    db: database.db,
    webDist: resolve('dist/web'),
    jobs: options.jobs,
    mailLinkKey: TEST_MAIL_LINK_KEY,
    eventVideoUrlTemplate: options.eventVideoUrlTemplate,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const accounts = offlineAccountsContext(database.db, defaultAuthSettings, url, TEST_MAIL_LINK_KEY);
  const manager = { email: 'manager@example.org', password: 'manager password 1' };
  const admin = { email: 'admin@example.org', password: 'admin password 1' };
  for (const [who, role] of [
    [manager, 'programme-manager'],
    [admin, 'admin'],
  ] as const) {
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
    mailedLink: (to) => receivedLink(database.db, to),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
