import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('the page after signing in (next=)', () => {
  it('follows paths of this site', () => {
    expect(safeNext('/opportunities/abc?lang=zh#matches')).toBe('/opportunities/abc?lang=zh#matches');
    expect(safeNext('/organisations/a%20b')).toBe('/organisations/a%20b');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    'javascript:alert(1)',
    '/%0d%0a\nset-cookie',
    '/sign-in',
    '/sign-in?next=/sign-in',
    '/reset-password?token=x',
    '/accept-invitation',
    '/api/auth/me',
    'opportunities',
  ])('goes home instead of %j', (next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('normalises dot segments instead of leaving the site', () => {
    expect(safeNext('/../../sign-in')).toBe('/');
    expect(safeNext('/a/../projects')).toBe('/projects');
  });
});
