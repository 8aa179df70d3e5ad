import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, IssueCode, type ErrorParams } from '../../shared/api/index';
import { i18nextOptions } from '../../shared/i18n/index';
import { ApiRequestError } from './api-client';
import { formatApiError, formatIssue } from './format-api-error';

// Params as the server sends them, with values that carry no Latin letters of their own, so any
// Latin word in a Chinese message would be English text leaking through.
const params: ErrorParams = {
  id: '甲',
  email: '7@7',
  home: '甲',
  partner: '乙',
  project: '甲',
  identifier: '7',
  identifiers: ['7', '8'],
  projects: ['甲', '乙'],
  phase: '7',
  activity: '7',
  go: '2026-01-01',
  deliverable: '7',
  deliverables: ['7'],
  problems: 3,
  tables: ['甲'],
  minutes: 5,
  role: 'partner-official',
  what: '甲',
  value: '甲',
  name: '甲',
  tableName: '7',
  minimum: 10,
  maximum: 20,
  allowed: ['甲', '乙'],
  keys: ['甲'],
  format: 'email',
  message: '甲',
};
const english = 'Only programme managers and admins do this (server sentence)';
/** Names and examples that stay as they are in every language. */
const properNames = /Cleantech Bridge|IATI|API|--force|name@example\.org|https:\/\//g;

let zh: ReturnType<typeof i18next.getFixedT>;
let nl: ReturnType<typeof i18next.getFixedT>;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ ...i18nextOptions, lng: 'zh' });
  zh = instance.getFixedT('zh');
  nl = instance.getFixedT('nl');
});

describe('errors as a Chinese or Dutch reader sees them', () => {
  it.each(Object.values(ErrorCode))('%s: Chinese words only, never the server’s English sentence', (code) => {
    const error = new ApiRequestError(code === 'role_forbidden' ? 403 : 409, code, english, [], params);
    const text = formatApiError(error, zh);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text.replace(properNames, '')).not.toMatch(/[A-Za-z]{2,}/);
    expect(formatApiError(error, nl)).not.toContain('server sentence');
  });

  it('names the role of a refusal by role in Chinese', () => {
    expect(formatApiError(new ApiRequestError(403, 'role_forbidden', english, [], { role: 'partner-official' }), zh)).toMatch(/^作为.+，您无权执行此操作。$/);
  });

  it.each(Object.values(IssueCode))('field issue %s reads as Chinese (too short password, bad import row…)', (code) => {
    const text = formatIssue({ code, params }, zh);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text.replace(properNames, '')).not.toMatch(/[A-Za-z]{2,}/);
  });
});
