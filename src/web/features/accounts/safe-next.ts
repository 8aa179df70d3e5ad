const BASE = 'https://this-site.invalid';

/** Pages a signed-in user must not land on after signing in (they would show the form again or fail). */
const NOT_AFTER_SIGN_IN = /^\/(sign-in|accept-invitation|reset-password|api)(\/|$)/;

const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

/**
 * Where to go after signing in: only a path of this site (no open redirect), resolved the way a
 * browser would resolve it, never the sign-in or link pages themselves or the API; else home.
 * Backslashes (browsers read `/\evil.example` as `//evil.example`), control characters, other
 * origins and schemes all fall back to `/`.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.includes('\\') || [...next].some(isControl)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE || NOT_AFTER_SIGN_IN.test(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
