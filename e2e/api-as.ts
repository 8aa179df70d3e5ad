import type { Credentials } from './server';

/** Calls the API as `who` (session cookie and CSRF token), outside any page; the response, once it is a success. */
export async function apiAs(baseUrl: string, who: Credentials, method: string, path: string, body?: unknown): Promise<Response> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** `apiAs`, answering the parsed JSON (nothing for a 204), or the text with `raw` (an .ics, a CSV). */
export async function apiJsonAs(baseUrl: string, who: Credentials, method: string, path: string, body?: unknown, raw = false) {
  const res = await apiAs(baseUrl, who, method, path, body);
  return res.status === 204 ? undefined : raw ? res.text() : res.json();
}
