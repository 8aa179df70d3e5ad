import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import { buildScheme, CONCEPT_ROWS, type ConceptRow, type ConceptScheme, SCHEME, Tagger, toSkosTurtle } from '../../../core/thesaurus';
import type { ThesaurusConceptEdit } from '../../../shared/api';
import { type Actor, actorLabel, isAdmin } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { forbidden, invalid, notFound, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './thesaurus.repository';

const languages = ['nl', 'en', 'zh'] as const;

/** The shipped rows with the admins' overrides laid over them (and their new concepts appended). */
function mergeRows(overrides: readonly repo.OverrideRow[]): ConceptRow[] {
  const byId = new Map(overrides.map((o) => [o.conceptId, o]));
  const merged = CONCEPT_ROWS.map((row) => {
    const o = byId.get(row.id);
    if (!o) return row;
    byId.delete(row.id);
    return applyOverride(row, o);
  });
  for (const o of byId.values()) merged.push(applyOverride({ id: o.conceptId, broader: [], nl: '', en: '', zh: '' }, o));
  return merged;
}

function applyOverride(row: ConceptRow, o: Pick<repo.OverrideRow, 'labels' | 'broader'>): ConceptRow {
  const next: ConceptRow = { ...row, broader: o.broader ?? row.broader };
  for (const lang of languages) {
    const labels = o.labels[lang];
    if (labels) next[lang] = labels.join('|');
  }
  return next;
}

export type LoadedScheme = { scheme: ConceptScheme; edited: ReadonlySet<string>; tagger: () => Tagger };

/**
 * A memo, not state: the scheme and its tagger (building one takes most of a second) for the
 * overrides last read. Keyed by the overrides' content, so every instance computes the same.
 */
let memo: { key: string; scheme: ConceptScheme; tagger?: Tagger } = { key: '[]', scheme: SCHEME };

/** The thesaurus in force: shipped concepts plus the admins' edits. */
export async function loadScheme(db: DbOrTx): Promise<LoadedScheme> {
  const overrides = await repo.listOverrides(db);
  const key = JSON.stringify(overrides.map((o) => [o.conceptId, o.labels, o.broader]));
  if (memo.key !== key) memo = { key, scheme: buildScheme(mergeRows(overrides)) };
  const current = memo;
  return {
    scheme: current.scheme,
    edited: new Set(overrides.map((o) => o.conceptId)),
    tagger: () => (current.tagger ??= new Tagger(current.scheme)),
  };
}

export async function listConcepts(db: Db) {
  const { scheme, edited } = await loadScheme(db);
  const concepts = listConceptsFrom(scheme, edited);
  return { count: concepts.length, concepts };
}

const labelText = (l: { text: string; weak: boolean }) => (l.weak ? `~${l.text}` : l.text);

export async function skosTurtle(db: Db): Promise<string> {
  return toSkosTurtle((await loadScheme(db)).scheme);
}

/**
 * Replaces labels and/or broader links of a concept, or adds a new concept (all three languages
 * needed). The result must still form a valid scheme: known broader concepts, no cycles.
 * Matching is recomputed in the background (a database trigger enqueues it).
 */
export async function editConcept(db: Db, actor: Actor, id: string, input: z.output<typeof ThesaurusConceptEdit>) {
  if (!isAdmin(actor)) throw forbidden(ErrorCode.adminsOnly, 'Only admins edit the thesaurus');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw invalid([{ path: 'id', message: 'use lower-case letters, digits and hyphens' }]);
  const issues: { path: string; message: string }[] = [];
  for (const lang of languages) {
    input.labels[lang]?.forEach((label, i) => {
      if (label.includes('|')) issues.push({ path: `labels.${lang}.${i}`, message: 'a label may not contain "|"' });
    });
  }
  if (issues.length) throw invalid(issues);
  return db.transaction(async (tx) => {
    const overrides = await repo.listOverrides(tx);
    const before = overrides.find((o) => o.conceptId === id);
    const shipped = CONCEPT_ROWS.some((r) => r.id === id);
    if (!shipped && !before) {
      const missing = languages.filter((l) => !input.labels[l]?.length);
      if (missing.length) throw invalid(missing.map((l) => ({ path: `labels.${l}`, message: 'a new concept needs labels in nl, en and zh' })));
    }
    const next = {
      conceptId: id,
      labels: { ...before?.labels, ...input.labels },
      broader: input.broader ?? before?.broader ?? null,
      updatedBy: actorLabel(actor),
    };
    const candidate = [...overrides.filter((o) => o.conceptId !== id), { ...next, updatedAt: '' }];
    const rows = mergeRows(candidate);
    const known = new Set(rows.map((row) => row.id));
    const unknown = (next.broader ?? []).filter((broader) => !known.has(broader));
    if (unknown.length) throw invalid(unknown.map((broader) => unknownReference('broader', 'concept', broader)));
    let scheme: ConceptScheme;
    try {
      scheme = buildScheme(rows);
    } catch (error) {
      throw invalid([{ path: 'broader', message: (error as Error).message }]);
    }
    if (hasCycle(scheme, id)) throw invalid([{ path: 'broader', message: `concept "${id}" would become broader than itself` }]);
    await repo.upsertOverride(tx, next);
    await recordAudit(tx, actor, { entityType: 'thesaurus-concept', entityId: id, action: before ? 'update' : 'create', before, after: next });
    const concept = listConceptsFrom(scheme, new Set(candidate.map((c) => c.conceptId))).find((c) => c.id === id);
    return concept!;
  });
}

/** Removes an admin's edit: the concept is as shipped again (or gone, if the admin added it). */
export async function resetConcept(db: Db, actor: Actor, id: string) {
  if (!isAdmin(actor)) throw forbidden(ErrorCode.adminsOnly, 'Only admins edit the thesaurus');
  await db.transaction(async (tx) => {
    const before = await repo.findOverride(tx, id);
    if (!before) throw notFound('Thesaurus edit', id);
    const rest = (await repo.listOverrides(tx)).filter((o) => o.conceptId !== id);
    try {
      buildScheme(mergeRows(rest));
    } catch (error) {
      throw invalid([{ path: 'id', message: `other concepts still refer to it: ${(error as Error).message}` }]);
    }
    await repo.deleteOverride(tx, id);
    await recordAudit(tx, actor, { entityType: 'thesaurus-concept', entityId: id, action: 'delete', before });
  });
}

function listConceptsFrom(scheme: ConceptScheme, edited: ReadonlySet<string>) {
  return scheme.concepts.map((c) => ({
    id: c.id,
    prefLabel: c.prefLabel,
    labels: { nl: c.labels.nl.map(labelText), en: c.labels.en.map(labelText), zh: c.labels.zh.map(labelText) },
    broader: c.broader,
    narrower: c.narrower,
    theme: c.theme,
    dac: c.dac,
    ...(c.gemet ? { gemet: c.gemet } : {}),
    edited: edited.has(c.id),
  }));
}

function hasCycle(scheme: ConceptScheme, start: string): boolean {
  const seen = new Set<string>();
  const stack = [...(scheme.byId.get(start)?.broader ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === start) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(scheme.byId.get(id)?.broader ?? []));
  }
  return false;
}
