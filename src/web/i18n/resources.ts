import type { Language } from '../../shared/api/index';
import { en } from './en';
import type { Messages } from './en';
import { nl } from './nl';
import { zh } from './zh';

export const messages: Record<Language, Messages> = { nl, en, zh };

/** Dotted paths of every label, e.g. `nav.home`; used to check the languages agree. */
export function labelKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : labelKeys(value as object, `${prefix}${key}.`),
  );
}
