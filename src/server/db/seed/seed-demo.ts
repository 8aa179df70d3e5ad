import { sql } from 'drizzle-orm';
import type { DatabaseExportInput } from '../../../shared/api';
import { systemActor } from '../../actor';
import { putDemoProject } from '../../features/projects/put-demo-project';
import { isDatabaseEmpty, parseExport, writeDocument } from '../../features/transfer/transfer.service';
import type { Db, Tx } from '../open-database';
import { rowsOf } from '../rows';
import { meta } from '../schema';
import type { Project } from '../../../core/projects/model';
import { programme000 } from './data/programme-000';
import { project004 } from './data/project-004';

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
    const demoWanted = claimed.length === 0 ? 'earlier' : (await isDatabaseEmpty(tx)) ? 'now' : 'no';
    if (demoWanted === 'now') await writeDocument(tx, systemActor('demo-seed'), data);
    const projects = await seedDemoProjectsOnce(tx, demoWanted !== 'no');
    return demoWanted === 'now' || projects > 0 ? 'seeded' : 'skipped';
  });
}

/** The demo cooperation projects (source document 004). */
export const demoProjects = (): Project[] => [project004];

/**
 * The demo projects came after the demo programme: they have a marker of their own, so a database
 * seeded before them gets them once too. They load only into a demo database (`wanted`) that holds
 * no projects yet, so projects entered by people are never mixed with demo ones.
 */
async function seedDemoProjectsOnce(tx: Tx, wanted: boolean): Promise<number> {
  const claimed = await tx
    .insert(meta)
    .values({ key: 'demo-projects', value: sql`jsonb_build_object('loadedAt', now())` })
    .onConflictDoNothing()
    .returning({ key: meta.key });
  if (claimed.length === 0 || !wanted) return 0;
  const [row] = await tx.execute(sql`select count(*)::int as n from projects`).then(rowsOf<{ n: number }>);
  if ((row?.n ?? 0) > 0) return 0;
  let loaded = 0;
  for (const project of demoProjects()) {
    if (await putDemoProject(tx, systemActor('demo-seed'), project, { replace: false })) loaded++;
  }
  return loaded;
}
