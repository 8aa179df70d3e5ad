// The narratives of an exported text: every element that carries text in IATI writes it this way.
import { LANGUAGES } from '../projects/model';
import type { MultilingualText } from '../projects/model';
import { el } from './xml';
import type { XmlElement } from './xml';

/** Narratives in every language held, the original first (in the language it was published in),
 *  then the languages the platform does not translate, each with its xml:lang. */
export function narratives(text: MultilingualText): XmlElement[] {
  const order = [text.original, ...LANGUAGES.filter((l) => l !== text.original)];
  const held = order.flatMap((lang) => {
    const value = text[lang];
    const written = lang === text.original ? (text.sourceLanguage ?? lang) : lang;
    return value === undefined ? [] : [el('narrative', { 'xml:lang': written }, [value])];
  });
  const other = Object.entries(text.other ?? {}).map(([lang, value]) => el('narrative', { 'xml:lang': lang }, [value]));
  return [...held, ...other];
}
