import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer } from '../test/test-server';
import { launchBrowser } from './browser';

/** Who may write in the app under test (programme data needs a signed-in programme manager). */
export interface Credentials {
  email: string;
  password: string;
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
  /** A seeded programme manager, when the server offers one; tests that write are skipped without. */
  manager?: Credentials;
  /** A seeded admin, when the server offers one (account administration). */
  admin?: Credentials;
  /** The link of the latest mail to an address, as its recipient reads it (the test server only; the outbox shows it redacted). */
  mailedLink?(to: string): Promise<URL>;
}

function managerFromEnv(): Credentials | undefined {
  const email = process.env.E2E_MANAGER_EMAIL;
  const password = process.env.E2E_MANAGER_PASSWORD;
  return email && password ? { email, password } : undefined;
}

/** `jobs`: run the background worker (matching, imports) polling every `pollMs`. */
export type ServerOptions = Parameters<typeof startTestServer>[0];

/**
 * The app under test: a fresh seeded server per test file, or an already running one when
 * E2E_BASE_URL is set (handy while developing the web against `npm start`).
 */
export async function startAppServer(options: ServerOptions = {}): Promise<AppServer> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {}, manager: managerFromEnv() };
  const server: AppServer = await startTestServer(options);
  return { ...server, manager: server.manager ?? managerFromEnv() };
}

/**
 * The app and a browser for one test file: started before its tests, closed after them.
 * Read `app.server` and `app.browser` inside tests (they are set once the file starts).
 */
export function useAppAndBrowser(options: ServerOptions = {}): { server: AppServer; browser: Browser } {
  const app = {} as { server: AppServer; browser: Browser };
  beforeAll(async () => {
    app.server = await startAppServer(options);
    app.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
