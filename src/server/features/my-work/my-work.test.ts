import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders, CastMember } from '../../../../test/accounts';
import { buildCast, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { jobHandlers } from '../../app';
import { rowsOf } from '../../db/rows';
import { matches } from '../../db/schema';
import { eventsApi, type Json } from '../events/events.test-api';
import { drainJobs } from '../jobs/jobs.service';

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
let ids: Record<CastMember, string>;
const { call, ok } = eventsApi(() => t);
const json = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, headers: AuthHeaders, payload?: unknown) =>
  (await ok(method, url, headers, payload)).json() as Json;
const pm = () => h['programme-manager'];
const work = (who: CastMember) => json('GET', '/api/my-work', h[who]);

let opportunityId: string;
let requestFromB: string;
/** Organisations A and B of the members, provinces X and Y of the officials. */
let A: string, B: string, X: string, Y: string;

beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  h = cast.headers;
  ids = Object.fromEntries(Object.entries(cast.people).map(([who, person]) => [who, person.id])) as Record<CastMember, string>;
  [A, B, X, Y] = [cast.organisations.a.id, cast.organisations.b.id, cast.regions.x.id, cast.regions.y.id];
  const home = await buildRegion(t, { side: 'home', country: 'BE' });
  const description = (nl: string) => ({ original: 'nl', nl });
  await json('PUT', `/api/organisations/${A}`, pm(), {
    name: 'Org A',
    type: 'company',
    country: 'BE',
    homeRegionId: home.id,
    visibility: 'public',
    description: description('Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering, thermische desorptie en olie-waterscheiding.'),
  });
  await json('PUT', `/api/organisations/${B}`, pm(), {
    name: 'Org B',
    type: 'company',
    country: 'NL',
    homeRegionId: null,
    visibility: 'members',
    description: description('Slibverwerking: ontwatering van olieslib en thermische behandeling van industrieel slib.'),
  });
  const opportunity = await json('POST', '/api/opportunities', h['official-x'], {
    regionId: X,
    title: { original: 'zh', zh: '含油污泥处理', en: 'Treatment of oily sludge' },
    description: { original: 'zh', zh: '石化企业产生的含油污泥需要无害化处理和资源化利用，寻求污泥脱水和热解吸技术。' },
    themes: ['waste'],
  });
  opportunityId = opportunity.id;
  await drainJobs(t.database.db, jobHandlers);
  // Org A says it is interested: a decision for the manager.
  await json('POST', `/api/opportunities/${opportunityId}/interest`, h['member-a'], { message: 'We have thermal desorption units' });
  // An event where B asks A for a meeting (waiting for A); a task overdue.
  await json('POST', '/api/events', pm(), {
    id: 'home-event',
    title: 'Hebei matchmaking',
    languages: ['en', 'zh'],
    tables: 2,
    slots: [
      { id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' },
      { id: 's2', start: '2030-05-12T09:30:00Z', end: '2030-05-12T09:55:00Z' },
    ],
  });
  const a = await json('POST', '/api/events/home-event/registrations', pm(), {
    organisationId: A,
    delegateName: 'Anna',
    delegateEmail: 'member-a@example.org',
    userId: ids['member-a'],
    languages: ['en'],
  });
  const b = await json('POST', '/api/events/home-event/registrations', pm(), {
    organisationId: B,
    delegateName: 'Bram',
    delegateEmail: 'member-b@example.org',
    userId: ids['member-b'],
    languages: ['en'],
  });
  requestFromB = (await json('POST', '/api/events/home-event/requests', h['member-b'], { from: b.id, to: [a.id], priority: 'must-meet' })).id;
  await json('POST', '/api/follow-up/tasks', pm(), {
    title: 'Call Anna back',
    dueOn: '2020-01-01',
    assigneeId: ids['programme-manager'],
    source: { kind: 'organisation', id: A },
  });
}, 180_000);
afterAll(() => t.close());

describe('GET /api/my-work', () => {
  it('is for signed-in users only', async () => {
    expect((await call('GET', '/api/my-work')).status).toBe(401);
  });

  it('gives a programme manager the programme: pipeline, decisions, deliverables, gates, events, tasks, changes', async () => {
    await json('PATCH', '/api/auth/me', pm(), { language: 'zh' });
    const w = await work('programme-manager');
    expect(Object.keys(w).sort()).toEqual(['manager', 'role', 'today']);
    const m = w.manager;
    // The pipeline counts what the matches table holds.
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(matches)
      .where(sql`current or status <> 'suggested'`);
    expect(m.pipeline.reduce((n: number, p: Json) => n + p.count, 0)).toBe(stored!.n);
    expect(m.pipeline.find((p: Json) => p.status === 'interested').count).toBe(1);
    expect(m.awaitingDecision).toMatchObject({ total: 1, items: [{ opportunityId, organisationId: A, organisationName: 'Org A' }] });
    // Deliverables and gates agree with the project list's summaries of the seeded projects.
    const projects = (await json('GET', '/api/projects', {})).items.filter((p: Json) => !p.closed);
    expect(m.overdueDeliverables.total).toBe(projects.reduce((n: number, p: Json) => n + p.overdueDeliverableCount, 0));
    expect(m.overdueDeliverables.total).toBeGreaterThan(0);
    expect(m.nextGates.map((g: Json) => `${g.projectId}/${g.phaseId}`).sort()).toEqual(
      projects
        .filter((p: Json) => p.nextPendingGate)
        .map((p: Json) => `${p.id}/${p.nextPendingGate.phaseId}`)
        .sort(),
    );
    expect(m.upcomingEvents).toContainEqual(
      expect.objectContaining({ id: 'home-event', registrations: 2, pendingRequests: 1, startsAt: '2030-05-12T09:00:00.000Z' }),
    );
    expect(m.overdueTasks).toMatchObject({
      total: 1,
      items: [{ title: 'Call Anna back', dueOn: '2020-01-01', assigneeName: 'programme-manager', sourceKind: 'organisation' }],
    });
    // Readable changes: people's names and the record's name, not ids.
    const change = m.recentChanges.find((c: Json) => c.entityType === 'event' && c.entityId === 'home-event');
    expect(change).toMatchObject({ actorName: 'programme-manager', entityName: 'Hebei matchmaking', action: 'create' });
    expect(m.recentChanges.find((c: Json) => c.entityType === 'follow-up-task')).toMatchObject({ entityName: 'Call Anna back' });
    // One's own settings are nobody else's work.
    expect(m.recentChanges.filter((c: Json) => c.entityType === 'user')).toEqual([]);
  });

  it('gives a member their organisation’s new matches, the requests waiting for them and nothing of another organisation', async () => {
    const a = await work('member-a');
    expect(Object.keys(a).sort()).toEqual(['member', 'role', 'today']);
    expect(a.member.organisation).toEqual({ id: A, name: 'Org A' });
    // Org A moved its match to interested: it is no longer new. Org B's is.
    expect(a.member.newMatches.items.map((x: Json) => x.opportunityId)).not.toContain(opportunityId);
    const b = await work('member-b');
    expect(b.member.newMatches.items.map((x: Json) => x.opportunityId)).toContain(opportunityId);
    const [own] = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`select count(*)::int as n from matches m join opportunities o on o.id = m.opportunity_id
        where m.organisation_id = ${B} and m.current and m.status = 'suggested' and o.stage = 'published'`),
    );
    expect(b.member.newMatches.total).toBe(own!.n);
    // Each sees only the request addressed to them.
    expect(a.member.requestsWaiting.map((r: Json) => r.requestId)).toEqual([requestFromB]);
    expect(a.member.requestsWaiting[0]).toMatchObject({
      fromDelegate: 'Bram',
      fromOrganisation: 'Org B',
      eventTitle: 'Hebei matchmaking',
      priority: 'must-meet',
    });
    // B asked: nothing waits for B, and B does not see A's side.
    expect(b.member.requestsWaiting).toEqual([]);
    expect(a.member.nextMeetings).toEqual([]);
  });

  it('shows a member the meetings of a published schedule, with whom', async () => {
    await json('POST', `/api/events/home-event/requests/${requestFromB}/response`, h['member-a'], { answer: 'accept' });
    await json('POST', '/api/events/home-event/schedule', pm(), { timeLimitSeconds: 2 });
    expect((await work('member-a')).member.nextMeetings).toEqual([]); // not published yet
    await json('POST', '/api/events/home-event/publish', pm());
    const meetings = (await work('member-a')).member.nextMeetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ eventId: 'home-event', withOrganisations: ['Org B'], timeZone: 'Europe/Amsterdam' });
    expect(['2030-05-12T09:00:00.000Z', '2030-05-12T09:30:00.000Z']).toContain(meetings[0].startsAt);
    expect((await work('member-b')).member.nextMeetings[0].withOrganisations).toEqual(['Org A']);
    expect((await work('member-a')).member.requestsWaiting).toEqual([]);
  });

  it('gives an official their region’s opportunities with match counts, not another region’s', async () => {
    const x = await work('official-x');
    expect(Object.keys(x).sort()).toEqual(['official', 'role', 'today']);
    expect(x.official.region.id).toBe(X);
    const mine = x.official.opportunities.find((o: Json) => o.id === opportunityId);
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(matches)
      .where(sql`opportunity_id = ${opportunityId} and (current or status <> 'suggested')`);
    expect(mine.matchCount).toBe(stored!.n);
    expect(mine.byStatus).toContainEqual({ status: 'interested', count: 1 });
    const y = await work('official-y');
    expect(y.official.region.id).toBe(Y);
    expect(y.official.opportunities.map((o: Json) => o.id)).not.toContain(opportunityId);
  });

  it('gives an admin the accounts and pending invitations, and the manager view', async () => {
    await json('POST', '/api/users', h.admin, {
      email: 'new.person@example.org',
      displayName: 'New Person',
      role: 'member',
      organisationId: A,
      language: 'nl',
    });
    const w = await work('admin');
    expect(Object.keys(w).sort()).toEqual(['admin', 'manager', 'role', 'today']);
    expect(w.admin.pendingInvitations.map((i: Json) => i.email)).toEqual(['new.person@example.org']);
    expect(w.admin.users.total).toBe(7);
    expect(w.admin.users.byRole).toContainEqual({ role: 'member', count: 3 });
    // Nobody else sees accounts.
    for (const who of ['programme-manager', 'member-a', 'official-x'] as const) expect((await work(who)).admin, who).toBeUndefined();
  });
});
