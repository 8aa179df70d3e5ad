// Reading values out of foreign IATI XML: codes (with IATI 1.x names), dates, numbers and
// multilingual narratives. Every skipped or guessed value is reported through `warn`.
import type { VerbatimElement } from '../projects/iati-extension';
import type { Language, MultilingualText } from '../projects/model';
import { LANGUAGE_CODES } from './codelists';
import type { XmlNode } from './xml-read';

export type Warn = (node: XmlNode, message: string) => void;

const HELD: readonly Language[] = ['nl', 'en', 'zh'];
/** Own keys only: codes come from files, and "__proto__" must not look like a code. */
export const has = (record: Record<string, unknown>, key: string): boolean => Object.hasOwn(record, key);
export const kids = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);
export const kid = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);

/** Code names of a codelist (lower case) → code, for IATI 1.x files that wrote names, not codes. */
export const byName = (list: Record<string, string>, extra: Record<string, string> = {}): Map<string, string> =>
  new Map([...Object.entries(list).map(([code, name]) => [name.toLowerCase(), code] as const), ...Object.entries(extra)]);

/** A code from its attribute, or from an IATI 1.x name (attribute or text), reported as a guess. */
export function code(
  node: XmlNode,
  valid: Record<string, string>,
  names: Map<string, string> | Record<string, string>,
  what: string,
  warn: Warn,
  attribute = 'code',
): string | undefined {
  const raw = (node.attrs[attribute] ?? '').trim();
  if (has(valid, raw)) return raw;
  const lookup = (key: string): string | undefined => {
    if (names instanceof Map) return names.get(key.toLowerCase());
    const spelling = [key, key.toUpperCase()].find((k) => has(names, k));
    return spelling === undefined ? undefined : names[spelling];
  };
  for (const candidate of [raw, node.text]) {
    const found = candidate ? lookup(candidate) : undefined;
    if (found) {
      warn(node, `${what} "${candidate}" (IATI 1.x) read as code ${found}`);
      return found;
    }
  }
  warn(node, `${what} "${raw || node.text}" is not a known code: skipped`);
  return undefined;
}

export function isoDate(node: XmlNode | undefined, warn: Warn, attribute = 'iso-date'): string | undefined {
  if (!node) return undefined;
  const fromText = node.attrs[attribute] === undefined;
  const raw = (node.attrs[attribute] ?? node.text).trim();
  const match = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(raw);
  const day = match?.[1];
  if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    warn(node, `date "${raw}" is not a valid yyyy-mm-dd date: skipped`);
    return undefined;
  }
  if (match?.[2]) warn(node, `date-time "${raw}" read as the date ${day}`);
  if (fromText) warn(node, `date "${raw}" read from the text, not from ${attribute} (IATI 1.x)`);
  return day;
}

export function decimal(raw: string | undefined, node: XmlNode, warn: Warn): number | undefined {
  const value = raw?.trim() ?? '';
  // The lexical space of xsd:decimal: a sign, and digits on either side of the point.
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) && Number.isFinite(Number(value))) return Number(value);
  warn(node, `value "${value}" is not a number: skipped`);
  return undefined;
}

/** Per-activity reading context: the warning sink, the language narratives default to, and the
 *  ids taken in the project (every entity of a project needs its own). */
export interface Context {
  warn: Warn;
  defaultLang: string | undefined;
  ids: Set<string>;
  /** xmlns declarations of the root and the activity, for publisher extensions kept verbatim. */
  namespaces: Readonly<Record<string, string>>;
}

/** `preferred`, or `preferred-2`, `-3`… when a publisher's identifier already took it. */
export function uniqueId(ctx: Context, preferred: string): string {
  let id = preferred;
  for (let n = 2; ctx.ids.has(id); n++) id = `${preferred}-${n}`;
  ctx.ids.add(id);
  return id;
}

/** ISO 639-2 codes of the held languages: IATI asks for ISO 639-1, some publishers write these. */
const ISO_639_2: Record<string, Language> = { dut: 'nl', nld: 'nl', eng: 'en', chi: 'zh', zho: 'zh' };

/** The language of a narrative: a held one (nl/en/zh, ISO 639-2 spellings read as such), another
 *  ISO 639-1 code (kept as published), or undefined when it is no language code at all. */
export function language(raw: string | undefined, node: XmlNode, ctx: Context): string | undefined {
  const given = raw ?? ctx.defaultLang;
  if (given === undefined) {
    ctx.warn(node, 'narrative without xml:lang and no default language: read as en');
    return 'en';
  }
  const primary = given.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const held = HELD.find((l) => l === primary) ?? (has(ISO_639_2, primary) ? ISO_639_2[primary] : undefined);
  const found = held ?? (LANGUAGE_CODES.has(primary) ? primary : undefined);
  if (!found) {
    ctx.warn(node, `narrative language "${given}" is not an ISO 639-1 code: skipped`);
    return undefined;
  }
  if (raw !== undefined && raw !== found) ctx.warn(node, `xml:lang "${raw}" read as "${found}"`);
  return found;
}

export const isHeld = (lang: string): lang is Language => (HELD as readonly string[]).includes(lang);

/** The narratives of an element as multilingual text: nl, en and zh as the platform's languages
 *  (the first of them is the original), every other language kept under `other`. Text only in
 *  other languages stands under `original` with its `sourceLanguage`, so it is shown and written
 *  back in its own language. */
export function multilingual(node: XmlNode | undefined, ctx: Context, required: boolean): MultilingualText | undefined {
  if (!node) return undefined;
  let narratives = kids(node, 'narrative');
  if (narratives.length === 0 && node.text) {
    ctx.warn(node, 'text outside a narrative (IATI 1.x) read as a narrative');
    narratives = [node];
  }
  const texts: Partial<Record<Language, string>> = {};
  const other: Record<string, string> = {};
  let original: Language | undefined;
  for (const n of narratives) {
    if (!n.text) continue;
    const lang = language(n.attrs['xml:lang'], n, ctx);
    if (!lang) continue;
    if ((isHeld(lang) ? texts[lang] : other[lang]) !== undefined) {
      ctx.warn(n, `second "${lang}" narrative skipped`);
      continue;
    }
    if (isHeld(lang)) {
      texts[lang] = n.text;
      original ??= lang;
    } else other[lang] = n.text;
  }
  const others = Object.keys(other);
  if (original) return { original, ...texts, ...(others.length > 0 ? { other } : {}) };
  const [first, ...rest] = others;
  if (first !== undefined) {
    const { [first]: text, ...remaining } = other;
    return { original: 'en', en: text, sourceLanguage: first, ...(rest.length > 0 ? { other: remaining } : {}) };
  }
  if (required) ctx.warn(node, `${node.name} has no text`);
  return undefined;
}

/** A required text the activity lacks, replaced by a stand-in that is reported. */
export function missing(activity: XmlNode, element: string, standIn: MultilingualText, ctx: Context): MultilingualText {
  ctx.warn(activity, `no usable ${element}: "${standIn[standIn.original] ?? ''}" used instead`);
  return standIn;
}

const prefixOf = (name: string): string | undefined => {
  const [prefix, local] = name.split(':');
  return local !== undefined && prefix !== 'xml' && prefix !== 'xmlns' ? prefix : undefined;
};

/** The xmlns declarations (from the file) that names of publisher extensions need when they
 *  are written back outside the element that declared them. */
export function namespaceDeclarations(names: readonly string[], namespaces: Readonly<Record<string, string>>): Record<string, string> {
  const needed = [...new Set(names.flatMap((n) => prefixOf(n) ?? []))];
  return Object.fromEntries(
    needed.flatMap((p) => {
      const uri = namespaces[`xmlns:${p}`];
      return uri === undefined ? [] : [[`xmlns:${p}`, uri] as const];
    }),
  );
}

function names(node: XmlNode): string[] {
  return [node.name, ...Object.keys(node.attrs), ...node.children.flatMap(names)];
}

/** A narrative takes the activity's language when it names none: kept explicit, since the
 *  export's activity language may differ. */
function verbatim(node: XmlNode, lang: string | undefined): VerbatimElement {
  const attrs = node.name === 'narrative' && lang !== undefined ? { 'xml:lang': lang, ...node.attrs } : { ...node.attrs };
  return { name: node.name, attrs, ...(node.text ? { text: node.text } : {}), children: node.children.map((c) => verbatim(c, lang)) };
}

/** An element as published, for what the model does not hold (written back on export), with the
 *  namespace declarations its extension names need. */
export function toVerbatim(node: XmlNode, ctx: Context): VerbatimElement {
  const kept = verbatim(node, ctx.defaultLang);
  return { ...kept, attrs: { ...namespaceDeclarations(names(node), ctx.namespaces), ...kept.attrs } };
}

/** Narratives as published (language → text), for classifications that are not translated. */
export function publishedNarratives(node: XmlNode, ctx: Context): Record<string, string> | undefined {
  const found: Record<string, string> = {};
  for (const n of kids(node, 'narrative')) {
    const lang = n.text ? language(n.attrs['xml:lang'], n, ctx) : undefined;
    if (lang && found[lang] === undefined) found[lang] = n.text;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** A percentage attribute, reported and skipped when it is no number from 0 to 100. */
export function percentage(node: XmlNode, ctx: Context): number | undefined {
  const raw = node.attrs.percentage;
  if (raw === undefined) return undefined;
  const value = decimal(raw, node, ctx.warn);
  if (value === undefined || value < 0 || value > 100) {
    if (value !== undefined) ctx.warn(node, `percentage ${value} is not between 0 and 100: skipped`);
    return undefined;
  }
  return value;
}
