import { describe, expect, it } from 'vitest';
import { OpportunityInput } from '../../shared/api/index';
import { fieldId, issuesByPath, issuesFromZod } from './form-issues';
import { draftFromText, emptyDraft, numberFromInput, optionalTextFromDraft, textFromDraft } from './localized-draft';

describe('localized drafts', () => {
  it('drops blank languages and keeps the original language', () => {
    expect(textFromDraft({ original: 'zh', nl: ' ', en: 'Wastewater ', zh: '废水' })).toEqual({
      original: 'zh',
      en: 'Wastewater',
      zh: '废水',
    });
  });

  it('turns an untouched optional text into null', () => {
    expect(optionalTextFromDraft(emptyDraft('nl'))).toBeNull();
  });

  it('round-trips a stored text', () => {
    const text = { original: 'nl' as const, nl: 'Afvalwater', en: 'Wastewater' };
    expect(textFromDraft(draftFromText(text, 'en'))).toEqual(text);
  });

  it('reads number inputs', () => {
    expect(numberFromInput('')).toBeNull();
    expect(numberFromInput('12.5')).toBe(12.5);
    expect(numberFromInput('abc')).toBeNaN();
  });
});

describe('form issues', () => {
  it('names the missing original title and missing themes with dotted paths', () => {
    const result = OpportunityInput.safeParse({ regionId: 'hebei', title: { original: 'nl' }, themes: [] });
    expect(result.success).toBe(false);
    const byPath = issuesByPath(issuesFromZod(result.error!));
    expect(byPath.get('title.nl')?.code).toBe('original_required');
    expect(byPath.get('themes')).toMatchObject({ code: 'too_few', params: { minimum: 1 } });
  });

  it('makes element ids from paths', () => {
    expect(fieldId('offices.0.organisation')).toBe('field-offices-0-organisation');
  });
});
