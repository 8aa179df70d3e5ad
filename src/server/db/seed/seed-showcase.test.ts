import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/test-db';
import { jobHandlers } from '../../app';
import { drainJobs } from '../../features/jobs/jobs.service';
import type { Database } from '../open-database';
import { rowsOf } from '../rows';
import { showcaseOrganisations } from './data/showcase-organisations';
import { seedShowcaseOnce, showcaseEventId } from './seed-showcase';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const count = async (query: ReturnType<typeof sql>) => (await database.db.execute(query).then(rowsOf<{ n: number }>))[0]!.n;

describe('the demo showcase', () => {
  it('loads fictional organisations with profiles in three languages, once', async () => {
    expect(await seedShowcaseOnce(database.db)).toBe('seeded');
    expect(await seedShowcaseOnce(database.db)).toBe('skipped');
    expect(showcaseOrganisations.length).toBeGreaterThanOrEqual(40);
    expect(await count(sql`select count(*)::int as n from organisations where id like 'demo-%'`)).toBe(showcaseOrganisations.length);
    expect(await count(sql`select count(*)::int as n from organisation_profiles where organisation_id like 'demo-%'`)).toBe(showcaseOrganisations.length);
    const countries = new Set(showcaseOrganisations.map((o) => o.country));
    expect([...countries].sort()).toEqual(['BE', 'CN', 'DE', 'NL']);
    for (const o of showcaseOrganisations) {
      for (const text of Object.values(o.description)) expect(text.length, o.id).toBeGreaterThan(25);
      expect(o.name, 'clearly fictional').toMatch(/\(demo\)|（演示）/);
    }
  });

  it('ties a matchmaking event to the stakeholder meeting of project 004, with delegates and requests', async () => {
    const [event] = await database.db
      .execute(sql`select project_id, activity_id from events where id = ${showcaseEventId}`)
      .then(rowsOf<{ project_id: string; activity_id: string }>);
    expect(event).toEqual({ project_id: 'p004', activity_id: 'p004-development-stakeholder-meeting' });
    expect(await count(sql`select count(*)::int as n from event_registrations where event_id = ${showcaseEventId}`)).toBe(12);
    const accepted = await count(sql`select count(*)::int as n from meeting_requests where event_id = ${showcaseEventId} and status = 'accepted'`);
    const pending = await count(sql`select count(*)::int as n from meeting_requests where event_id = ${showcaseEventId} and status = 'pending'`);
    expect(accepted).toBeGreaterThanOrEqual(5);
    expect(pending).toBeGreaterThanOrEqual(1);
  });

  it('gives the opportunities of the partner regions matches among the showcase organisations', async () => {
    await drainJobs(database.db, jobHandlers);
    const withMatches = await count(sql`select count(distinct opportunity_id)::int as n from matches where organisation_id like 'demo-%'`);
    const opportunities = await count(sql`select count(*)::int as n from opportunities`);
    expect(withMatches).toBeGreaterThan(opportunities * 0.8);
    // The pharmaceutical-effluent specialist is among the matches of a need that names pharma.
    const [pharma] = await database.db
      .execute(
        sql`select count(*)::int as n from matches m join opportunities o on o.id = m.opportunity_id
            where m.organisation_id = 'demo-farmazuiver' and array_to_string(o.industries, ',') like '%pharma%' and m.rank <= 10`,
      )
      .then(rowsOf<{ n: number }>);
    expect(pharma!.n).toBeGreaterThan(0);
  });
});
