import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { createTestDatabase } from '../../../../test/test-db';
import type { Database } from '../../db/open-database';
import { jobs, matches, matchIndexSources, opportunities, organisations, thesaurusOverrides } from '../../db/schema';
import { seedDemoOnce } from '../../db/seed/seed-demo';
import { generateDemoData } from '../demo/demo.service';
import { recomputeMatches } from './compute-matches';
import { rankFromStoredIndex } from './rank-opportunities';

// An opportunity's pass ranks from the index the last full pass stored: it must give the ranking
// that indexing every organisation again gives (same statistics), and must not use what no
// longer stands for an organisation (edited since, another scheme).
let database: Database;
const db = () => database.db;
const noProgress = async () => {};
let opportunityIds: string[];

const matchesOf = async (ids: string[]) =>
  (
    await db()
      .select()
      .from(matches)
      .where(and(inArray(matches.opportunityId, ids), eq(matches.current, true)))
      .orderBy(asc(matches.opportunityId), asc(matches.rank), asc(matches.organisationId))
  ).map((m) => ({ opportunityId: m.opportunityId, organisationId: m.organisationId, score: m.score, rank: m.rank, explanation: m.explanation }));

const organisationsMatching = async (opportunityId: string) => (await matchesOf([opportunityId])).map((m) => m.organisationId);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoOnce(db());
  await generateDemoData(db(), { organisations: 1500, opportunities: 30 });
  await recomputeMatches(db(), 'all', noProgress);
  // Judgements from the pipeline, so that feedback takes part in the rankings compared.
  const judged = await db().select({ id: matches.id }).from(matches).where(eq(matches.rank, 2)).limit(6);
  await db()
    .update(matches)
    .set({ status: 'not-relevant' })
    .where(
      inArray(
        matches.id,
        judged.map((j) => j.id),
      ),
    );
  await db().delete(jobs);
  opportunityIds = (await db().select({ id: opportunities.id }).from(opportunities).orderBy(asc(opportunities.id))).map((o) => o.id);
}, 300_000);

afterAll(() => database?.close());

describe('ranking an opportunity from the stored index', () => {
  it('gives every opportunity the ranking of a full recompute (demo data and 1,500 generated organisations)', async () => {
    const changed = opportunityIds.find((id) => id.startsWith('demo-'))!;
    await db()
      .update(opportunities)
      .set({ title: { original: 'zh', zh: '含油污泥处理' }, description: { original: 'zh', zh: '炼油厂的含油污泥需要热解吸处理。' } })
      .where(eq(opportunities.id, changed));
    expect(await rankFromStoredIndex(db(), opportunityIds, noProgress)).toBe(true);
    const incremental = await matchesOf(opportunityIds);
    await recomputeMatches(db(), opportunityIds, noProgress);
    const full = await matchesOf(opportunityIds);
    expect(full.length).toBeGreaterThan(opportunityIds.length * 5);
    expect(incremental).toEqual(full);
  }, 300_000);

  it('does not use the stored version of an organisation edited since, nor an analysis of an older version', async () => {
    const [target] = opportunityIds;
    const id = 'demo-org-7';
    await db()
      .update(opportunities)
      .set({
        title: { original: 'en', en: 'Oily sludge treatment' },
        description: { original: 'en', en: 'Refineries need thermal desorption of oily sludge.' },
      })
      .where(eq(opportunities.id, target!));
    const describe = (text: string) =>
      db()
        .update(organisations)
        .set({ name: 'Renamed', description: { original: 'en', en: text } })
        .where(eq(organisations.id, id));

    // Edited after the full pass: its stored document (its old text) must give way to the new text.
    await describe('We treat oily sludge of refineries by thermal desorption and recover the oil.');
    await rankFromStoredIndex(db(), [target!], noProgress);
    expect(await organisationsMatching(target!)).toContain(id);
    const [saved] = await db().select().from(matchIndexSources).where(eq(matchIndexSources.organisationId, id));
    expect(saved?.analysis).not.toBeNull();

    // Edited again: the analysis stored of the previous text must not be used either.
    await describe('We build hydrogen refuelling stations for city buses.');
    await rankFromStoredIndex(db(), [target!], noProgress);
    expect(await organisationsMatching(target!)).not.toContain(id);

    // An analysis stored under another scheme or analysis version is not used, one under this is.
    const [current] = await db().select().from(matchIndexSources).where(eq(matchIndexSources.organisationId, id));
    const sludge = { ...saved!.analysis!, language: 'en' as const };
    await db()
      .update(matchIndexSources)
      .set({ analysis: sludge, sourceHash: current!.sourceHash, analysisKey: 'another-scheme' })
      .where(eq(matchIndexSources.organisationId, id));
    await rankFromStoredIndex(db(), [target!], noProgress);
    expect(await organisationsMatching(target!)).not.toContain(id);
    // (That pass stored the analysis it made instead: the sludge one is put back, under this key.)
    await db().update(matchIndexSources).set({ analysis: sludge, analysisKey: current!.analysisKey }).where(eq(matchIndexSources.organisationId, id));
    await rankFromStoredIndex(db(), [target!], noProgress);
    expect(await organisationsMatching(target!)).toContain(id);
  }, 300_000);

  it('leaves out deleted organisations and is not used once the thesaurus changed', async () => {
    const [target] = opportunityIds;
    const [first] = await matchesOf([target!]);
    await db().delete(organisations).where(eq(organisations.id, first!.organisationId));
    expect(await rankFromStoredIndex(db(), [target!], noProgress)).toBe(true);
    expect(await organisationsMatching(target!)).not.toContain(first!.organisationId);

    await db()
      .insert(thesaurusOverrides)
      .values({ conceptId: 'oily-sludge', labels: { en: ['oily sludge', 'oil sludge'] }, updatedBy: 'test' });
    expect(await rankFromStoredIndex(db(), [target!], noProgress)).toBe(false);
    await recomputeMatches(db(), 'all', noProgress);
    expect(await rankFromStoredIndex(db(), [target!], noProgress)).toBe(true);
  }, 300_000);
});
