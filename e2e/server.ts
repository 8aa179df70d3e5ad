import { startTestServer } from '../test/test-server';

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
}

function managerFromEnv(): Credentials | undefined {
  const email = process.env.E2E_MANAGER_EMAIL;
  const password = process.env.E2E_MANAGER_PASSWORD;
  return email && password ? { email, password } : undefined;
}

/**
 * The app under test: a fresh seeded server per test file, or an already running one when
 * E2E_BASE_URL is set (handy while developing the web against `npm start`).
 */
export async function startAppServer(): Promise<AppServer> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {}, manager: managerFromEnv() };
  const server: AppServer = await startTestServer();
  return { ...server, manager: server.manager ?? managerFromEnv() };
}
