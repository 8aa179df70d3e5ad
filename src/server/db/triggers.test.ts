import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import type { Database } from './open-database';
import { rowsOf } from './rows';

// drizzle-kit does not generate triggers: they are written by hand at the end of migrations
// 0003, 0006 and 0020. Should a migration ever be regenerated without them, matching would silently
// stop being enqueued (or the directory stop following edits); this lists every trigger the application relies on, with its function.
const expectedTriggers = [
  { trigger: 'opportunities_enqueue_matching', table: 'opportunities', fn: 'ctb_enqueue_opportunity_matching' },
  { trigger: 'organisations_enqueue_matching', table: 'organisations', fn: 'ctb_enqueue_organisation_matching' },
  { trigger: 'organisation_profiles_enqueue_matching', table: 'organisation_profiles', fn: 'ctb_enqueue_organisation_matching' },
  { trigger: 'organisations_directory', table: 'organisations', fn: 'ctb_organisation_directory_changed' },
  { trigger: 'organisation_profiles_directory', table: 'organisation_profiles', fn: 'ctb_organisation_profile_directory_changed' },
  { trigger: 'thesaurus_overrides_enqueue_matching', table: 'thesaurus_overrides', fn: 'ctb_enqueue_all_matching' },
];

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it('the migrated database has every hand-written trigger, on its table, calling its function', async () => {
  const result = await database.db.execute(sql`
    select t.tgname as trigger, c.relname as table, p.proname as fn
    from pg_trigger t
    join pg_class c on c.oid = t.tgrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_proc p on p.oid = t.tgfoid
    where not t.tgisinternal and n.nspname = 'public'
    order by t.tgname`);
  const found = rowsOf<{ trigger: string; table: string; fn: string }>(result);
  expect(found).toEqual(expect.arrayContaining(expectedTriggers));
  // A new trigger joins the list above (and its migration's hand-written block).
  expect(found.map((row) => row.trigger).sort()).toEqual(expectedTriggers.map((row) => row.trigger).sort());
});
