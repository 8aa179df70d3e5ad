import type { Language } from '../../shared/api/index';
import { displayName } from './format';

// Where the contract accepts any ISO 639 code (an event's languages, an organisation's), the pickers
// offer these: the programme's three first, then widely spoken languages of partners and delegates.
const PROGRAMME = ['nl', 'en', 'zh'];
const OTHERS = [
  'ar',
  'bn',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sv',
  'sw',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
];

/** Language options named in the reader's language; codes already chosen stay offered even when not in the list. */
export function spokenLanguageOptions(chosen: readonly string[], lang: Language): { value: string; label: string }[] {
  const named = (code: string) => ({ value: code, label: displayName(code, 'language', lang) });
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : lang);
  const rest = [...new Set([...OTHERS, ...chosen])].filter((code) => !PROGRAMME.includes(code)).map(named);
  return [...PROGRAMME.map(named), ...rest.sort((a, b) => collator.compare(a.label, b.label))];
}

/** The options for languages a set of codes (e.g. an event's), in that order, plus those already chosen. */
export function languageOptionsOf(offered: readonly string[], chosen: readonly string[], lang: Language): { value: string; label: string }[] {
  return [...new Set([...offered, ...chosen])].map((code) => ({ value: code, label: displayName(code, 'language', lang) }));
}
