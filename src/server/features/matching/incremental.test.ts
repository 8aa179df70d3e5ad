import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { AuthHeaders, CastMember } from '../../../../test/accounts';
import { buildCast, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { jobHandlers } from '../../app';
import { matches } from '../../db/schema';
import { drainJobs, jobsOf, runOnce, waitingJobs } from '../jobs/jobs.service';

// Incremental recomputation: an organisation's change rewrites only its own rows, an
// opportunity's change only that opportunity's, the thesaurus everything.
let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
/** The partner province of the opportunities. */
let province: { id: string };
const drain = () => drainJobs(t.database.db, jobHandlers);

const organisation = (id: string, lang: 'nl' | 'en', text: string) => ({
  id,
  name: id,
  type: 'company',
  country: 'BE',
  homeRegionId: null,
  website: null,
  description: { original: lang, [lang]: text },
  visibility: 'public',
});
const opportunity = (id: string, title: string, description: string) => ({
  id,
  regionId: province.id,
  title: { original: 'zh', zh: title },
  description: { original: 'zh', zh: description },
  themes: ['waste'],
});

const rows = async () =>
  (await t.database.db.select().from(matches).orderBy(asc(matches.id))).map((m) => ({
    key: `${m.opportunityId}/${m.organisationId}`,
    organisationId: m.organisationId,
    opportunityId: m.opportunityId,
    score: m.score,
    status: m.status,
    computedAt: m.computedAt,
  }));
type Row = Awaited<ReturnType<typeof rows>>[number];
const byKey = (list: Row[]) => new Map(list.map((r) => [r.key, r]));

beforeAll(async () => {
  t = await createTestApp();
  ({ headers: h } = await buildCast(t));
  province = await buildRegion(t);
  const pm = h['programme-manager'];
  const orgs = [
    organisation('slib-nl', 'nl', 'Wij verwerken olieslib uit raffinaderijen: slibontwatering en thermische desorptie.'),
    organisation('sludge-en', 'en', 'We treat oily sludge and dewater sludge from refineries.'),
    organisation('h2-en', 'en', 'We build hydrogen fuel cells and hydrogen refuelling stations for buses.'),
    organisation('voc-en', 'en', 'Activated carbon adsorption removes VOC emissions of coating lines.'),
  ];
  for (const payload of orgs) expect((await t.app.inject({ method: 'POST', url: '/api/organisations', headers: pm, payload })).statusCode).toBe(201);
  for (const payload of [
    opportunity('sludge-zh', '含油污泥处理', '石化企业的含油污泥需要脱水和热解吸处理。'),
    opportunity('h2-zh', '加氢站建设', '公交车需要加氢站和氢燃料电池。'),
  ]) {
    expect((await t.app.inject({ method: 'POST', url: '/api/opportunities', headers: pm, payload })).statusCode).toBe(201);
  }
  await drain();
}, 60_000);
afterAll(() => t.close());

describe('incremental recomputation', () => {
  it("an organisation's change recomputes only its own matches; statuses stay", async () => {
    const before = await rows();
    expect(before.some((r) => r.organisationId === 'slib-nl' && r.opportunityId === 'sludge-zh')).toBe(true);
    const scoreOf = (list: Row[], organisationId: string, opportunityId: string) =>
      list.find((r) => r.organisationId === organisationId && r.opportunityId === opportunityId)?.score ?? 0;
    expect(scoreOf(before, 'h2-en', 'sludge-zh')).toBeLessThan(0.1);
    expect(scoreOf(before, 'h2-en', 'h2-zh')).toBeGreaterThan(0.3);
    const shortlisted = before.find((r) => r.organisationId === 'sludge-en' && r.opportunityId === 'sludge-zh')!;
    const [row] = await t.database.db
      .select({ id: matches.id })
      .from(matches)
      .where(and(eq(matches.organisationId, shortlisted.organisationId), eq(matches.opportunityId, shortlisted.opportunityId)));
    await t.app.inject({ method: 'PUT', url: `/api/matches/${row!.id}`, headers: h['programme-manager'], payload: { status: 'shortlisted', note: 'call' } });
    await new Promise((r) => setTimeout(r, 20)); // computed_at differs from a recomputation

    // Two edits of the same organisation: one job.
    const pm = h['programme-manager'];
    const payload = { ...organisation('h2-en', 'en', 'We treat oily sludge from refineries with thermal desorption.'), id: undefined };
    expect((await t.app.inject({ method: 'PUT', url: '/api/organisations/h2-en', headers: pm, payload })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'PUT', url: '/api/organisations/h2-en', headers: pm, payload: { ...payload, name: 'Sludge Care' } })).statusCode).toBe(
      200,
    );
    expect((await jobsOf(t.database.db, 'match-organisation', 'h2-en')).filter((j) => j.state === 'pending')).toHaveLength(1);
    expect((await waitingJobs(t.database.db, 'match-all')).pending).toBe(0);
    expect((await waitingJobs(t.database.db, 'match-opportunity')).pending).toBe(0);
    await drain();

    const after = await rows();
    const old = byKey(before);
    expect(scoreOf(after, 'h2-en', 'sludge-zh')).toBeGreaterThan(0.3);
    expect(scoreOf(after, 'h2-en', 'h2-zh')).toBeLessThan(0.1);
    const others = after.filter((r) => r.organisationId !== 'h2-en');
    expect(others.length).toBe(before.filter((r) => r.organisationId !== 'h2-en').length);
    for (const r of others) expect({ ...r, status: 'any' }).toEqual({ ...old.get(r.key), status: 'any' });
    expect(after.find((r) => r.key === shortlisted.key)?.status).toBe('shortlisted');

    // The list reads in score order with ranks that place the changed organisation among the others.
    const list = (await t.app.inject({ url: '/api/opportunities/sludge-zh/matches', headers: pm })).json().items as { rank: number; score: number }[];
    expect(list.map((i) => i.rank)).toEqual(list.map((_, i) => i + 1));
  });

  it("an opportunity's change recomputes only that opportunity's matches", async () => {
    const before = await rows();
    await new Promise((r) => setTimeout(r, 20));
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/opportunities/h2-zh',
      headers: h['programme-manager'],
      payload: { ...opportunity('h2-zh', '涂装线VOC治理', '活性炭吸附去除涂装线的VOC排放。'), id: undefined },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await waitingJobs(t.database.db, 'match-all')).pending).toBe(0);
    await drain();
    const after = await rows();
    const old = byKey(before);
    for (const r of after.filter((x) => x.opportunityId !== 'h2-zh')) expect(r).toEqual(old.get(r.key));
    const top = after.filter((r) => r.opportunityId === 'h2-zh').sort((a, b) => b.score - a.score)[0];
    expect(top?.organisationId).toBe('voc-en');
    expect(top!.computedAt).not.toBe(old.get(top!.key)?.computedAt);
  });

  it('a thesaurus change recomputes everything', async () => {
    const before = byKey(await rows());
    await new Promise((r) => setTimeout(r, 20));
    const edit = await t.app.inject({
      method: 'PUT',
      url: '/api/thesaurus/concepts/wastewater',
      headers: h.admin,
      payload: { labels: { nl: ['afvalwater', 'vuilwater'] } },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await waitingJobs(t.database.db, 'match-all')).pending).toBe(1);
    await drain();
    const after = await rows();
    expect(after.length).toBeGreaterThan(2);
    for (const r of after.filter((x) => x.status === 'suggested')) expect(r.computedAt).not.toBe(before.get(r.key)?.computedAt);
    expect(after.find((r) => r.status === 'shortlisted')).toBeDefined();
  });

  it('reports progress while a recomputation runs and when it completes', async () => {
    const status = async () => (await t.app.inject({ url: '/api/matching/status', headers: h['programme-manager'] })).json();
    expect((await t.app.inject({ method: 'POST', url: '/api/matching/recompute', headers: h['programme-manager'] })).statusCode).toBe(202);
    const seen: { phase: string; done: number; total: number; pending: number }[] = [];
    // The real handler; after each progress step, what a programme manager reads meanwhile.
    await runOnce(t.database.db, {
      match: (db, jobs, progress) =>
        jobHandlers.match.run(db, jobs, async (p) => {
          await progress(p);
          const s = await status();
          seen.push({ ...s.running[0], pending: s.pending });
        }),
    });
    expect(seen.map((s) => s.phase)).toEqual(expect.arrayContaining(['indexing organisations', 'ranking opportunities']));
    const ranking = seen.filter((s) => s.phase === 'ranking opportunities');
    const total = ranking.at(-1)!.total; // every opportunity of the database, this test's two among them
    expect(total).toBeGreaterThanOrEqual(2);
    expect(ranking.at(-1)!.done).toBe(total);
    expect(ranking[0]!.done).toBeLessThan(total);
    const done = await status();
    expect(done).toMatchObject({ idle: true, pending: 0, running: [] });
    expect(done.recent[0]).toMatchObject({ kind: 'match-all', state: 'done', done: total, total });
    expect(done.recent[0].finishedAt).toBeTruthy();
  });
});
