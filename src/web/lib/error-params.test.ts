import { describe, expect, it } from 'vitest';
import { errorParams, issueCodeOf, issueOf } from './error-params';

describe('error bodies narrowed for the catalogue', () => {
  it('keeps the issue codes the catalogue knows and the params a message can show', () => {
    expect(issueCodeOf('too_long')).toBe('too_long');
    expect(issueCodeOf('made_up')).toBeUndefined();
    expect(errorParams({ maximum: 200, field: 'title', allowed: ['nl', 'en'], strict: true, nested: { a: 1 }, mixed: ['a', 1] })).toEqual({
      maximum: 200,
      field: 'title',
      allowed: ['nl', 'en'],
      strict: true,
    });
    expect(issueOf({ path: 'title.nl', message: 'Too long', code: 'made_up', params: { maximum: 200 } })).toEqual({
      path: 'title.nl',
      message: 'Too long',
      params: { maximum: 200 },
    });
  });
});
