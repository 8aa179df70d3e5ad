import { and, asc, count, desc, eq, ilike, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrganisationConfidential, OrganisationInput, OrganisationListQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { organisations } from '../../db/schema';

type Row = typeof organisations.$inferSelect;
export type OrganisationValues = Omit<z.output<typeof OrganisationInput>, 'id' | 'notes'> & { notes: string | null };

/** The full record, confidential fields included; the service decides who sees what. */
export function toOrganisation(row: Row): OrganisationConfidential {
  return { ...row, notes: row.notes ?? null };
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row && toOrganisation(row);
}

export async function listOrganisations(
  db: DbOrTx,
  q: z.output<typeof OrganisationListQuery>,
  { membersOnlyToo }: { membersOnlyToo: boolean },
) {
  const where = and(
    membersOnlyToo ? undefined : eq(organisations.visibility, 'public'),
    q.q ? ilike(organisations.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    q.type ? eq(organisations.type, q.type) : undefined,
    q.country ? eq(organisations.country, q.country) : undefined,
    q.homeRegionId ? eq(organisations.homeRegionId, q.homeRegionId) : undefined,
  );
  const rows = await db
    .select()
    .from(organisations)
    .where(where)
    .orderBy((q.order === 'desc' ? desc : asc)(sql`lower(${organisations.name})`), asc(organisations.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(organisations).where(where);
  return { items: rows.map(toOrganisation), total: total?.n ?? 0 };
}

export async function insertOrganisation(db: DbOrTx, id: string, values: OrganisationValues) {
  const [row] = await db.insert(organisations).values({ id, ...values }).returning();
  return toOrganisation(row!);
}

export async function updateOrganisation(db: DbOrTx, id: string, values: OrganisationValues) {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning();
  return row && toOrganisation(row);
}

export async function deleteOrganisation(db: DbOrTx, id: string) {
  const rows = await db.delete(organisations).where(eq(organisations.id, id)).returning({ id: organisations.id });
  return rows.length > 0;
}

export async function organisationDependents(db: DbOrTx, id: string) {
  const [row] = await db.select({ n: count() }).from(sql`users`).where(sql`organisation_id = ${id}`);
  return { users: row?.n ?? 0 };
}
