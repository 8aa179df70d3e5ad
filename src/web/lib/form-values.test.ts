import { describe, expect, it } from 'vitest';
import { fieldChoice, fieldText, requiredChoice } from './form-values';

describe('form values', () => {
  const form = new FormData();
  form.set('email', 'ana@example.org');
  form.set('role', 'admin');
  form.set('language', 'fr');
  form.set('file', new Blob(['x']), 'x.txt');

  it('reads text, and nothing (a file, a missing field) as an empty text', () => {
    expect(fieldText(form, 'email')).toBe('ana@example.org');
    expect(fieldText(form, 'file')).toBe('');
    expect(fieldText(form, 'missing')).toBe('');
  });

  it('narrows a choice to the given list', () => {
    expect(fieldChoice(form, 'role', ['member', 'admin'])).toBe('admin');
    expect(fieldChoice(form, 'language', ['nl', 'en', 'zh'])).toBeUndefined();
    expect(requiredChoice(form, 'role', ['member', 'admin'])).toBe('admin');
    expect(() => requiredChoice(form, 'language', ['nl', 'en', 'zh'])).toThrow(/language/);
  });
});
