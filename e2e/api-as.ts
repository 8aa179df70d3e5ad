import type { AppServer, Credentials } from './server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers, checked by the tests' assertions
export type Json = Record<string, any>;
/** A call of the API by one signed-in person; throws on anything but a success. */
type Call = (method: string, path: string, body?: unknown) => Promise<Response>;

/** Signs `who` in once (session cookie and CSRF token) for API calls outside any page. */
async function signInToApi(baseUrl: string, who: Credentials): Promise<Call> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  if (!login.ok) throw new Error(`sign-in of ${who.email}: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
}

/** Calls the API as `who`, outside any page; the response, once it is a success. */
export async function apiAs(baseUrl: string, who: Credentials, method: string, path: string, body?: unknown): Promise<Response> {
  return (await signInToApi(baseUrl, who))(method, path, body);
}

/** `apiAs`, answering the parsed JSON (nothing for a 204), or the text with `raw` (an .ics, a CSV). */
export async function apiJsonAs(baseUrl: string, who: Credentials, method: string, path: string, body?: unknown, raw = false) {
  const res = await apiAs(baseUrl, who, method, path, body);
  return res.status === 204 ? undefined : raw ? res.text() : res.json();
}

export type ApiClient = (method: string, path: string, body?: unknown) => Promise<Json>;

/** A JSON client signed in once as `who`, for the steps a journey does not click through ({} for a 204). */
export async function apiClientAs(baseUrl: string, who: Credentials): Promise<ApiClient> {
  const call = await signInToApi(baseUrl, who);
  return async (method, path, body) => {
    const res = await call(method, path, body);
    return res.status === 204 ? {} : ((await res.json()) as Json);
  };
}

/** Accepts the invitation mailed to `who` with their password, as the invitee does from the link. */
export async function acceptInvitation(server: AppServer, who: Credentials): Promise<void> {
  if (!server.mailedLink) throw new Error('accepting an invitation needs the test server and its mailbox');
  // The outbox shows the link redacted; the test server reads the sealed secret like the mailer does.
  const token = (await server.mailedLink(who.email)).searchParams.get('token');
  const res = await fetch(`${server.url}/api/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: who.password }),
  });
  if (!res.ok) throw new Error(`accept invitation: ${res.status} ${await res.text()}`);
}

/** Polls `probe` (every 200 ms, for at most two minutes) until it answers something. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** An account made the way admins make them: invited (language en), then the invitation accepted with a password. */
export async function inviteAccount(server: AppServer, admin: ApiClient, user: Json): Promise<{ id: string; credentials: Credentials }> {
  const created = await admin('POST', '/users', { language: 'en', ...user });
  const credentials = { email: user.email as string, password: 'a long enough password' };
  await acceptInvitation(server, credentials);
  return { id: created.id as string, credentials };
}
