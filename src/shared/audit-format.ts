// The audit trail in words, for the web (record histories, the audit log) and the server (the
// audit log's CSV/XLSX export) alike: field names from the catalogue (namespace `audit`), values in
// the reader's language (texts, codes as names, dates and numbers via Intl, references as the
// names the server resolved). Never an id, never JSON.
import type { TFunction } from 'i18next';
import type { AuditChange, AuditEntry, AuditName, Language } from './api';

const locales: Record<Language, string> = { nl: 'nl', en: 'en', zh: 'zh-CN' };

export interface AuditWords {
  /** The catalogue's translate function (any namespace; keys below are namespaced). */
  t: TFunction;
  lang: Language;
  /** Show date-times in this time zone (tests pin it; the browser uses its own). */
  timeZone?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A catalogue text if the key exists, else undefined (i18next returns the default value then). */
function maybe(w: AuditWords, key: string, options: Record<string, unknown> = {}): string | undefined {
  const text = w.t(key, { ...options, defaultValue: '\u0000' }) as string;
  return text === '\u0000' ? undefined : text;
}

/** A user-written text (one language or several) in the reader's language, else its original. */
export function nameText(name: AuditName | null | undefined, lang: Language): string {
  if (name === null || name === undefined) return '';
  if (typeof name === 'string') return name;
  const own = name[lang];
  if (typeof own === 'string') return own;
  const original = typeof name.original === 'string' ? name[name.original] : undefined;
  if (typeof original === 'string') return original;
  return Object.values(name).find((v): v is string => typeof v === 'string' && v.length > 2) ?? '';
}

/** Who made the change: a person by name, the command line as "System". */
export function actorText(entry: Pick<AuditEntry, 'actor' | 'actorName' | 'system'>, w: AuditWords): string {
  if (entry.actorName) return entry.actorName;
  if (entry.system) {
    const what = entry.actor.replace(/^system:/, '').trim();
    return what ? w.t('audit:system', { what }) : w.t('audit:systemUnknown');
  }
  // A user since deleted: the e-mail address recorded at the time.
  return entry.actor;
}

export function actionText(action: string, w: AuditWords): string {
  return maybe(w, `audit:action.${action}`) ?? w.t('audit:action.other');
}

export function entityTypeText(entityType: string, w: AuditWords): string {
  return maybe(w, `audit:entityType.${entityType}`) ?? w.t('audit:entityType.database');
}

/** "Project: Water in Hebei" — the kind of record and its name (never its id). */
export function recordText(entry: Pick<AuditEntry, 'entityType' | 'entityName'>, w: AuditWords): string {
  const name = nameText(entry.entityName, w.lang);
  const kind = entityTypeText(entry.entityType, w);
  return name ? `${kind}: ${name}` : kind;
}

/** The label of a field ("homeRegionId" → "Home region"); undefined when the catalogue has none. */
export function fieldLabel(field: string, w: AuditWords): string | undefined {
  const parts = field.split('.').map((part) => maybe(w, `audit:field.${part}`));
  return parts.every((p) => p !== undefined) ? parts.join(' › ') : undefined;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export function dateTimeText(iso: string, w: AuditWords): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[w.lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: w.timeZone }).format(d);
}

function dayText(day: string, w: AuditWords): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(locales[w.lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

function displayName(code: string, type: 'region' | 'language', w: AuditWords): string {
  try {
    return new Intl.DisplayNames([locales[w.lang]], { type, fallback: 'code' }).of(type === 'region' ? code.toUpperCase() : code) ?? code;
  } catch {
    return code;
  }
}

/** A code of a field as its name: themes, statuses, roles, types, countries, languages. */
function codeText(field: string, code: string | number, w: AuditWords): string | undefined {
  const last = field.split('.').at(-1) ?? field;
  if (last === 'country') return displayName(String(code), 'region', w);
  if (last === 'language' || last === 'languages' || last === 'originalLang') return displayName(String(code), 'language', w);
  // Codes of the audit namespace first (statuses, stages, kinds…), then the shared ones.
  const own = maybe(w, `audit:value.${last}.${code}`);
  if (own !== undefined) return own;
  const candidates: Record<string, string[]> = {
    themes: ['theme'],
    theme: ['theme'],
    industries: ['industry'],
    status: ['status'],
    role: ['role'],
    type: ['organisationType'],
    visibility: ['visibility'],
  };
  for (const prefix of candidates[last] ?? []) {
    const text = maybe(w, `${prefix}.${code}`);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** One value of a field in words. */
export function valueText(field: string, value: unknown, names: Record<string, AuditName>, w: AuditWords): string {
  if (value === null || value === undefined || value === '') return w.t('audit:empty');
  const last = field.split('.').at(-1) ?? field;
  if (Array.isArray(value)) {
    if (value.length === 0) return w.t('audit:empty');
    return value.map((v) => valueText(field, v, names, w)).join(', ');
  }
  if (/(Id|Ids)$/.test(last) && (typeof value === 'string' || typeof value === 'number')) {
    const name = names[String(value)];
    return name !== undefined ? nameText(name, w.lang) : w.t('audit:removedRecord');
  }
  if (typeof value === 'boolean') return w.t(value ? 'audit:yes' : 'audit:no');
  if (typeof value === 'number') {
    return codeText(field, value, w) ?? new Intl.NumberFormat(locales[w.lang], { maximumFractionDigits: 6 }).format(value);
  }
  if (typeof value === 'string') {
    if (isoDateTime.test(value)) return dateTimeText(value, w);
    if (isoDay.test(value)) return dayText(value, w);
    return codeText(field, value, w) ?? value;
  }
  if (isRecord(value)) {
    if ('original' in value) return nameText(value as AuditName, w.lang);
    if ('precision' in value) return precisionText(value, w);
    if (typeof value.amount === 'number' && typeof value.currency === 'string') {
      return new Intl.NumberFormat(locales[w.lang], { style: 'currency', currency: value.currency, maximumFractionDigits: 2 }).format(value.amount);
    }
    if ('start' in value && 'end' in value) return `${valueText('start', value.start, names, w)} – ${valueText('end', value.end, names, w)}`;
    const named = nameText((value.title ?? value.name ?? value.label) as AuditName | undefined, w.lang);
    if (named) return named;
    return w.t('audit:details', { count: Object.keys(value).length });
  }
  return w.t('audit:empty');
}

function precisionText(date: Record<string, unknown>, w: AuditWords): string {
  const year = Number(date.year);
  switch (date.precision) {
    case 'day':
      return date.end && date.end !== date.start ? `${dayText(String(date.start), w)} – ${dayText(String(date.end), w)}` : dayText(String(date.start), w);
    case 'month':
      return new Intl.DateTimeFormat(locales[w.lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, Number(date.month) - 1, 1)),
      );
    case 'quarter':
      return w.t('audit:quarter', { quarter: date.quarter, year });
    case 'year':
      return String(year);
    default:
      return w.t('audit:undetermined');
  }
}

export interface ChangeLine {
  field: string;
  /** "Themes: Water → Water, Air" or "Phases: added: Pilot" */
  label: string;
  from?: string;
  to?: string;
  items?: string;
}

/** The changes of an entry as lines a reader can follow; fields the catalogue cannot name are counted in one line. */
export function changeLines(entry: Pick<AuditEntry, 'changes' | 'names'>, w: AuditWords): { lines: ChangeLine[]; others: number } {
  const lines: ChangeLine[] = [];
  let others = 0;
  for (const change of entry.changes) {
    const label = fieldLabel(change.field, w);
    if (label === undefined) {
      others += 1;
      continue;
    }
    const line = lineOf(change, label, entry.names, w);
    // A list that went from missing to empty reads "— → —": nothing a reader would call a change.
    if (line.items === '' || (line.from !== undefined && line.from === line.to)) continue;
    lines.push(line);
  }
  return { lines, others };
}

function lineOf(change: AuditChange, label: string, names: Record<string, AuditName>, w: AuditWords): ChangeLine {
  if ('before' in change) {
    return { field: change.field, label, from: valueText(change.field, change.before, names, w), to: valueText(change.field, change.after, names, w) };
  }
  const list = (xs: AuditName[]) => xs.map((x) => nameText(x, w.lang)).join(', ');
  const parts = [
    change.added.length > 0 ? w.t('audit:items.added', { names: list(change.added) }) : '',
    change.removed.length > 0 ? w.t('audit:items.removed', { names: list(change.removed) }) : '',
    change.changed.length > 0 ? w.t('audit:items.changed', { names: list(change.changed) }) : '',
    change.unnamed > 0 ? w.t('audit:items.unnamed', { count: change.unnamed }) : '',
  ].filter(Boolean);
  return { field: change.field, label, items: parts.join('; ') };
}

/** All changes of an entry as one line of text (for the CSV/XLSX export). */
export function changesText(entry: Pick<AuditEntry, 'changes' | 'names'>, w: AuditWords): string {
  const { lines, others } = changeLines(entry, w);
  const text = lines.map((l) => (l.items !== undefined ? `${l.label}: ${l.items}` : `${l.label}: ${l.from} → ${l.to}`));
  if (others > 0) text.push(w.t('audit:otherFields', { count: others }));
  return text.join('\n');
}
