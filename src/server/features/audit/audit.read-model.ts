// The audit trail as a reader sees it: who (by name), which record (by name), and what changed,
// field by field, with references to people, organisations, regions, projects and events
// resolved to their names. The web formats the values (dates, codes, texts) in the reader's
// language; it never needs another request and never shows an id or a JSON blob.
import { inArray } from 'drizzle-orm';
import type { AuditChange, AuditEntry, AuditName } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import type { auditEntries } from '../../db/schema';
import { events, opportunities, organisations, projects, regions, users } from '../../db/schema';

type Row = typeof auditEntries.$inferSelect;

/** Fields that change on every write, are the record's own key, or are internal. */
const hidden = new Set(['id', 'createdAt', 'updatedAt', 'revision', 'searchVector', 'passwordHash', 'tokenHash', 'feedToken', 'feedTokenHash', 'secret']);

/** A value the web formats as one thing: a text in several languages, a date as precise as known, money, a period. */
function isLeafObject(value: Record<string, unknown>): boolean {
  return (
    'original' in value || // a LocalizedText / MultilingualText
    'precision' in value || // a PrecisionDate
    ('amount' in value && 'currency' in value) || // Money
    (Object.keys(value).length <= 2 && 'start' in value && 'end' in value) // a period
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The name of an item of a list (a phase, a budget line, a member): its title, name or label; null when it has none. */
function nameOf(item: unknown): AuditName | null {
  if (!isRecord(item)) return null;
  for (const key of ['title', 'name', 'label', 'displayName', 'email']) {
    const v = item[key];
    if (typeof v === 'string' && v) return v;
    if (isRecord(v) && 'original' in v) return v as AuditName;
  }
  return null;
}

/**
 * The fields that differ between before and after. Nested plain objects become dotted fields
 * ("location.region"); lists of records become added/removed/changed items by their names.
 */
export function changesOf(before: unknown, after: unknown, prefix = ''): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const out: AuditChange[] = [];
  for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
    if (hidden.has(key)) continue;
    const from = b[key];
    const to = a[key];
    if (same(from, to)) continue;
    const field = prefix + key;
    const items = [...(Array.isArray(from) ? from : []), ...(Array.isArray(to) ? to : [])];
    if (items.length > 0 && items.every(isRecord)) {
      out.push({ field, ...listChange((from as Record<string, unknown>[] | undefined) ?? [], (to as Record<string, unknown>[] | undefined) ?? []) });
    } else if ((isRecord(from) || isRecord(to)) && !(isRecord(from) && isLeafObject(from)) && !(isRecord(to) && isLeafObject(to)) && prefix === '') {
      out.push(...changesOf(from, to, `${field}.`));
    } else {
      out.push({ field, before: from ?? null, after: to ?? null });
    }
  }
  return out;
}

function listChange(before: Record<string, unknown>[], after: Record<string, unknown>[]) {
  const key = (x: Record<string, unknown>, i: number) => (typeof x.id === 'string' || typeof x.id === 'number' ? String(x.id) : `#${i}`);
  const was = new Map(before.map((x, i) => [key(x, i), x]));
  const now = new Map(after.map((x, i) => [key(x, i), x]));
  const named = (list: Record<string, unknown>[]) => {
    const names = list.map(nameOf);
    return { names: names.filter((n): n is AuditName => n !== null), unnamed: names.filter((n) => n === null).length };
  };
  const added = named([...now].filter(([k]) => !was.has(k)).map(([, x]) => x));
  const removed = named([...was].filter(([k]) => !now.has(k)).map(([, x]) => x));
  const changed = named([...now].filter(([k, x]) => was.has(k) && !same(was.get(k), x)).map(([, x]) => x));
  return {
    added: added.names,
    removed: removed.names,
    changed: changed.names,
    // Items without a name of their own (a period, a participation) are counted, not named.
    unnamed: added.unnamed + removed.unnamed + changed.unnamed,
  };
}

/** Whether a field holds a reference to another record (…Id, …Ids, or the author of something). */
const isReference = (field: string) => /(Id|Ids)$/.test(field.split('.').at(-1) ?? '');

/** Every id the changes refer to, for one look-up per table. */
function referencedIds(changes: AuditChange[]): string[] {
  const ids: string[] = [];
  for (const c of changes) {
    if (!('before' in c) || !isReference(c.field)) continue;
    for (const v of [c.before, c.after]) {
      if (typeof v === 'string') ids.push(v);
      else if (Array.isArray(v)) ids.push(...v.filter((x): x is string => typeof x === 'string'));
    }
  }
  return ids;
}

/** The names of records by id, looked up in the tables people refer to. */
async function namesOf(db: DbOrTx, ids: Iterable<string>): Promise<Map<string, AuditName>> {
  const wanted = [...new Set(ids)];
  const names = new Map<string, AuditName>();
  if (wanted.length === 0) return names;
  const [u, o, r, p, e, op] = await Promise.all([
    db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted)),
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, wanted)),
    db.select({ id: regions.id, name: regions.name }).from(regions).where(inArray(regions.id, wanted)),
    db.select({ id: projects.id, name: projects.title }).from(projects).where(inArray(projects.id, wanted)),
    db.select({ id: events.id, name: events.title }).from(events).where(inArray(events.id, wanted)),
    db.select({ id: opportunities.id, name: opportunities.title }).from(opportunities).where(inArray(opportunities.id, wanted)),
  ]);
  for (const row of [...u, ...o, ...r, ...p, ...e, ...op]) names.set(row.id, row.name as AuditName);
  return names;
}

/** The name a record had in the entry itself (it may be deleted since). */
function ownName(row: Row): AuditName | null {
  return nameOf(row.after) ?? nameOf(row.before);
}

/** Entries as readers see them: with names for the actor, the record and every reference. */
export async function readableEntries(db: DbOrTx, rows: Row[]): Promise<AuditEntry[]> {
  const changes = rows.map((row) => changesOf(row.before, row.after));
  const names = await namesOf(db, [
    ...rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
    ...rows.map((r) => r.entityId.split('/')[0]!),
    ...changes.flatMap(referencedIds),
  ]);
  return rows.map((row, i) => {
    const own = changes[i]!;
    const refs: Record<string, AuditName> = {};
    for (const id of referencedIds(own)) {
      const name = names.get(id);
      if (name !== undefined) refs[id] = name;
    }
    const actorName = row.actorId ? names.get(row.actorId) : undefined;
    return {
      id: String(row.id),
      at: row.at.toISOString(),
      actorId: row.actorId,
      actor: row.actor,
      actorName: typeof actorName === 'string' ? actorName : null,
      system: row.actorId === null && row.actor.startsWith('system:'),
      entityType: row.entityType,
      entityId: row.entityId,
      entityName: names.get(row.entityId.split('/')[0]!) ?? ownName(row),
      action: row.action,
      before: row.before,
      after: row.after,
      changes: own,
      names: refs,
    };
  });
}
