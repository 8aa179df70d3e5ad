import { and, asc, count, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Twinning, TwinningInput } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { regions, twinnings } from '../../db/schema';

const home = alias(regions, 'home');
const partner = alias(regions, 'partner');

type Values = Omit<z.output<typeof TwinningInput>, 'id'> & { id: string };

function selectTwinnings(db: DbOrTx) {
  return db
    .select({ t: twinnings, homeRegionName: home.name, partnerRegionName: partner.name })
    .from(twinnings)
    .innerJoin(home, eq(home.id, twinnings.homeRegionId))
    .innerJoin(partner, eq(partner.id, twinnings.partnerRegionId));
}

function toTwinning(r: Awaited<ReturnType<typeof selectTwinnings>>[number]): Twinning {
  return { ...r.t, homeRegionName: r.homeRegionName, partnerRegionName: r.partnerRegionName };
}

const touches = (regionId: string) => or(eq(twinnings.homeRegionId, regionId), eq(twinnings.partnerRegionId, regionId));

export async function listTwinnings(db: DbOrTx, q: { regionId?: string; page: number; pageSize: number }) {
  const where = q.regionId ? touches(q.regionId) : undefined;
  const rows = await selectTwinnings(db)
    .where(where)
    .orderBy(asc(twinnings.partnerRegionId), asc(twinnings.homeRegionId))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(twinnings).where(where);
  return { items: rows.map(toTwinning), total: total?.n ?? 0 };
}

export async function findTwinning(db: DbOrTx, id: string) {
  const [row] = await selectTwinnings(db).where(eq(twinnings.id, id));
  return row && toTwinning(row);
}

export async function findByPair(db: DbOrTx, homeRegionId: string, partnerRegionId: string) {
  const [row] = await db
    .select({ id: twinnings.id })
    .from(twinnings)
    .where(and(eq(twinnings.homeRegionId, homeRegionId), eq(twinnings.partnerRegionId, partnerRegionId)));
  return row?.id;
}

export async function insertTwinning(db: DbOrTx, values: Values) {
  await db.insert(twinnings).values(values);
}

export async function updateTwinning(db: DbOrTx, id: string, values: Omit<Values, 'id'>) {
  const rows = await db
    .update(twinnings)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(eq(twinnings.id, id))
    .returning({ id: twinnings.id });
  return rows.length > 0;
}

export async function deleteTwinning(db: DbOrTx, id: string) {
  const rows = await db.delete(twinnings).where(eq(twinnings.id, id)).returning({ id: twinnings.id });
  return rows.length > 0;
}

export async function refsOf(db: DbOrTx, regionId: string) {
  const rows = await selectTwinnings(db).where(touches(regionId)).orderBy(asc(twinnings.id));
  return rows.map(({ t, homeRegionName, partnerRegionName }) => {
    const otherIsHome = t.partnerRegionId === regionId;
    return {
      id: t.id,
      otherRegionId: otherIsHome ? t.homeRegionId : t.partnerRegionId,
      otherRegionName: otherIsHome ? homeRegionName : partnerRegionName,
      since: t.since,
    };
  });
}
