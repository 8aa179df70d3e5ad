import { type SQL, count, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { detectLanguage } from '../../../core/text';
import type { LocalizedText, OrganisationConfidential, OrganisationInput } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { organisations } from '../../db/schema';
import { searchVector } from '../opportunities/search-document';

type Row = typeof organisations.$inferSelect;
export type OrganisationValues = Omit<z.output<typeof OrganisationInput>, 'id' | 'notes'> & { notes: string | null };

/** Every column but the search vector (written, never read). */
export const visibleColumns = (({ searchVector: _vector, ...rest }) => rest)(getTableColumns(organisations));

/** The full record, confidential fields included; the service decides who sees what. */
export function toOrganisation(row: Omit<Row, 'searchVector'>): OrganisationConfidential {
  const { searchVector: _v, ...rest } = row as Row;
  return { ...rest, notes: rest.notes ?? null };
}

/**
 * The search text of an organisation: its name (weight A, in the language it is written in) and
 * every language of its description (B), as the opportunities index theirs.
 */
export function searchValues(name: string, description: LocalizedText | null): SQL {
  const lang = detectLanguage(name);
  return searchVector({ original: lang, [lang]: name }, description);
}

/** A row as stored: the values plus the search vector derived from them. */
export function organisationRow<T extends { name: string; description?: LocalizedText | null }>(values: T) {
  return { ...values, searchVector: searchValues(values.name, values.description ?? null) as unknown as string };
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select(visibleColumns).from(organisations).where(eq(organisations.id, id));
  return row && toOrganisation(row);
}

/** Rows written without a search vector (older rows, raw SQL, a restore): indexed on the next search. */
export async function indexUnindexed(db: DbOrTx, limit = 2000): Promise<number> {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, description: organisations.description })
    .from(organisations)
    .where(isNull(organisations.searchVector))
    .limit(limit);
  for (const r of rows) {
    await db
      .update(organisations)
      .set({ searchVector: searchValues(r.name, r.description) as unknown as string })
      .where(eq(organisations.id, r.id));
  }
  return rows.length;
}

export async function insertOrganisation(db: DbOrTx, id: string, values: OrganisationValues) {
  const [row] = await db
    .insert(organisations)
    .values(organisationRow({ id, ...values }))
    .returning(visibleColumns);
  return toOrganisation(row!);
}

export async function updateOrganisation(db: DbOrTx, id: string, values: OrganisationValues) {
  const [row] = await db
    .update(organisations)
    .set({ ...organisationRow(values), updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning(visibleColumns);
  return row && toOrganisation(row);
}

/** The description with a translation added; the search document follows it. */
export async function updateDescription(db: DbOrTx, id: string, name: string, description: LocalizedText) {
  const [row] = await db
    .update(organisations)
    .set({ description, searchVector: searchValues(name, description) as unknown as string, updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning(visibleColumns);
  return row && toOrganisation(row);
}

export async function deleteOrganisation(db: DbOrTx, id: string) {
  const rows = await db.delete(organisations).where(eq(organisations.id, id)).returning({ id: organisations.id });
  return rows.length > 0;
}

export async function organisationDependents(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ n: count() })
    .from(sql`users`)
    .where(sql`organisation_id = ${id}`);
  return { users: row?.n ?? 0 };
}
