import type { DbOrTx } from '../../db/open-database';
import { opportunities, organisations } from '../../db/schema';
import { organisationRow } from '../organisations/organisations.service';

type OrganisationRow = typeof organisations.$inferInsert;
type OpportunityRow = typeof opportunities.$inferInsert;

/** Inserts in chunks (PostgreSQL takes at most 65,535 parameters per statement); existing ids are kept. */
export async function insertOrganisations(db: DbOrTx, rows: OrganisationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insert(organisations)
      .values(rows.slice(i, i + 2000).map(organisationRow))
      .onConflictDoNothing();
}

export async function insertOpportunities(db: DbOrTx, rows: OpportunityRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insert(opportunities)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
}
