import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { OpportunityInput, OpportunityListQuery, OpportunityUpdate } from '../../../shared/api';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, invalid, notFound } from '../../errors';
import { findRegion } from '../regions/regions.service';
import * as repo from './opportunities.repository';

export { rowValues as opportunityRowValues } from './opportunities.repository';

export async function listOpportunities(db: Db, q: z.output<typeof OpportunityListQuery>) {
  const { items, total } = await repo.listOpportunities(db, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getOpportunity(db: DbOrTx, id: string) {
  const opportunity = await repo.findOpportunity(db, id);
  if (!opportunity) throw notFound('Opportunity', id);
  return opportunity;
}

export async function createOpportunity(db: Db, input: z.output<typeof OpportunityInput>) {
  const { id = randomUUID(), ...values } = input;
  return db.transaction(async (tx) => {
    await checkRegion(tx, values.regionId);
    try {
      await repo.insertOpportunity(tx, id, values);
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(`An opportunity with id "${id}" already exists`);
      throw error;
    }
    return getOpportunity(tx, id);
  });
}

export async function updateOpportunity(db: Db, id: string, input: z.output<typeof OpportunityUpdate>) {
  return db.transaction(async (tx) => {
    await checkRegion(tx, input.regionId);
    if (!(await repo.updateOpportunity(tx, id, input))) throw notFound('Opportunity', id);
    return getOpportunity(tx, id);
  });
}

export async function deleteOpportunity(db: Db, id: string) {
  if (!(await repo.deleteOpportunity(db, id))) throw notFound('Opportunity', id);
}

async function checkRegion(db: DbOrTx, regionId: string) {
  if (!(await findRegion(db, regionId))) {
    throw invalid([{ path: 'regionId', message: `region "${regionId}" does not exist` }]);
  }
}
