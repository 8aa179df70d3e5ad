import { sql } from 'drizzle-orm';
import type { DatabaseExportInput } from '../../../shared/api';
import { isDatabaseEmpty, parseExport, writeDocument } from '../../features/transfer/transfer.service';
import type { Db } from '../open-database';
import { meta } from '../schema';
import { programme000 } from './data/programme-000';

export function demoDocument(): DatabaseExportInput {
  return {
    format: 'cleantech-bridge',
    version: 1,
    exportedAt: new Date(0).toISOString(),
    regions: programme000.regions,
    twinnings: programme000.twinnings.map((t) => ({ ...t, id: t.id ?? `${t.homeRegionId}--${t.partnerRegionId}` })),
    opportunities: programme000.opportunities.map((o) => ({ ...o, id: o.id! })),
  };
}

/**
 * Loads the demo programme into a new database, once. The marker row is claimed first, so a
 * restart (or a second instance starting at the same moment) never loads it again, and a
 * database that already holds user data is never touched.
 */
export async function seedDemoOnce(db: Db): Promise<'seeded' | 'skipped'> {
  const data = parseExport(demoDocument());
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(meta)
      .values({ key: 'demo-data', value: sql`jsonb_build_object('loadedAt', now())` })
      .onConflictDoNothing()
      .returning({ key: meta.key });
    if (claimed.length === 0 || !(await isDatabaseEmpty(tx))) return 'skipped';
    await writeDocument(tx, data);
    return 'seeded';
  });
}
