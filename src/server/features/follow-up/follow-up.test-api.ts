// The test app of the follow-up API tests: the factories' cast (test/factories.ts `buildCast`),
// organisation A described as a match for the oily-sludge need of region X, a project of the
// programme, and an official who meets at events for the Hebei environment bureau.
import { afterAll, beforeAll, expect } from 'vitest';
import { type AuthHeaders, type CastMember, createAccount, signIn } from '../../../../test/accounts';
import { buildCast, buildProject, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import { jobHandlers } from '../../app';
import { drainJobs } from '../jobs/jobs.service';
import { createOrganisation } from '../organisations/organisations.service';
import { eventsApi, type Json } from '../events/events.test-api';

export type { Json };

type FollowUpCast = {
  t: TestApp;
  h: Record<CastMember, AuthHeaders>;
  ids: Record<CastMember, string>;
  emails: Record<CastMember, string>;
  officialAtEvent: AuthHeaders;
  /** Organisations A and B of the members, provinces X and Y of the officials, and a project of the programme. */
  A: string;
  B: string;
  X: string;
  Y: string;
  projectId: string;
};

/**
 * A test app for the file (made before its tests, closed after them) with the cast above, and
 * `call`/`ok`/`json`/`put` against it. Read `cast.h`, `cast.A`… inside tests: they are set once
 * the file starts.
 */
export function useFollowUpApp() {
  const cast = {} as FollowUpCast;
  const { call, ok } = eventsApi(() => cast.t);
  const drain = () => drainJobs(cast.t.database.db, jobHandlers);
  const pm = () => cast.h['programme-manager'];
  const json = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: AuthHeaders, payload?: unknown) =>
    (await ok(method, url, headers, payload)).json();
  async function put(url: string, headers: AuthHeaders, payload: Json) {
    const res = await cast.t.app.inject({ method: 'PUT', url, headers, payload });
    expect(res.statusCode, res.body).toBe(200);
  }

  beforeAll(async () => {
    cast.t = await createTestApp();
    const built = await buildCast(cast.t);
    cast.h = built.headers;
    cast.ids = Object.fromEntries(Object.entries(built.people).map(([who, person]) => [who, person.id])) as Record<CastMember, string>;
    cast.emails = Object.fromEntries(Object.entries(built.people).map(([who, person]) => [who, person.email])) as Record<CastMember, string>;
    [cast.A, cast.B, cast.X, cast.Y] = [built.organisations.a.id, built.organisations.b.id, built.regions.x.id, built.regions.y.id];
    cast.projectId = (await buildProject(cast.t)).id;
    const home = await buildRegion(cast.t, { side: 'home', country: 'BE' });
    await put(`/api/organisations/${cast.A}`, pm(), {
      name: 'Org A',
      type: 'company',
      country: 'BE',
      homeRegionId: home.id,
      visibility: 'public',
      description: {
        original: 'nl',
        nl: 'Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering, thermische desorptie en olie-waterscheiding.',
      },
    });
    // The official meets on behalf of the Hebei environment bureau.
    await createOrganisation(cast.t.database.db, systemActor('test'), {
      id: 'hebei-bureau',
      name: 'Hebei Environment Bureau',
      type: 'government',
      country: 'CN',
      homeRegionId: cast.X,
      website: null,
      description: null,
      visibility: 'public',
      notes: null,
    });
    await createAccount(cast.t, { email: 'official-at-event@example.cn', role: 'partner-official', regionId: cast.X, displayName: 'Wang' });
    cast.officialAtEvent = await signIn(cast.t, 'official-at-event@example.cn');
    await drain();
  }, 120_000);
  afterAll(() => cast.t.close());

  /** The oily-sludge need of province X, which organisation A's description matches. */
  const sludge = () => ({
    regionId: cast.X,
    title: { original: 'zh', zh: '含油污泥处理' },
    description: { original: 'zh', zh: '石化企业产生的含油污泥需要无害化处理和资源化利用，寻求污泥脱水和热解吸技术。' },
    themes: ['waste'],
  });

  /** The sludge need published by official X, and member A's interest in it: the match the loop follows. */
  async function interestedMatch() {
    const opportunityId: string = (await json('POST', '/api/opportunities', cast.h['official-x'], { ...sludge(), expiresOn: '2099-01-01' })).id;
    await drain();
    const { matchId } = await json('POST', `/api/opportunities/${opportunityId}/interest`, cast.h['member-a'], { message: '我们有热解吸设备' });
    return { opportunityId, matchId: matchId as string };
  }

  /** Every write of the file's tests left an audit entry of its kind. */
  async function expectAudited(entries: string[]) {
    const audit = (await json('GET', '/api/audit?pageSize=200', cast.h.admin)).items.map((e: Json) => `${e.entityType}:${e.action}`);
    for (const entry of entries) expect(audit, entry).toContain(entry);
  }

  return { cast, call, ok, json, put, drain, pm, sludge, interestedMatch, expectAudited };
}
