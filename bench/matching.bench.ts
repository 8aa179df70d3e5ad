// Matching benchmark: quality on the dev set and on the team's two independent probe sets (our engine
// next to a plain BM25 baseline), then speed and memory on generated data.
// Run: node --import tsx bench/matching.bench.ts [profiles]
import MiniSearch from 'minisearch';
import {
  indexOrganisations,
  MatchIndex,
  opportunityDocument,
  organisationDocument,
  parseOpportunities,
  parseOrganisations,
  PipelineFeedback,
  type PipelineEvent,
  rankOrganisations,
} from '../src/core/matching';
import { matchingBridge } from '../src/server/features/matching/matching-bridge';
import { evaluate, type Qrel, type Ranking, type Report } from '../test/fixtures/matching-dev/metric';
import devOpportunities from '../test/fixtures/matching-dev/opportunities.json';
import devOrganisations from '../test/fixtures/matching-dev/organisations.json';
import devQrels from '../test/fixtures/matching-dev/qrels.json';
import probeOpportunities from './data/probe/opportunities.json';
import probeOrganisations from './data/probe/organisations.json';
import probeQrels from './data/probe/qrels.json';
import probe2Opportunities from './data/probe-2/opportunities.json';
import probe2Organisations from './data/probe-2/organisations.json';
import probe2Qrels from './data/probe-2/qrels.json';
import blind1Opportunities from './data/blind-1/opportunities.json';
import blind1Organisations from './data/blind-1/organisations.json';
import blind1Qrels from './data/blind-1/qrels.json';
import blind2Opportunities from './data/blind-2/opportunities.json';
import blind2Organisations from './data/blind-2/organisations.json';
import blind2Qrels from './data/blind-2/qrels.json';
import { generateOpportunities, generateOrganisations } from '../src/core/demo/profiles';

const PROFILES = Number(process.argv[2] ?? 100_000);
const QUERIES = 1_000;
const TOP = 10;

interface LabelledSet {
  name: string;
  opportunities: { id: string; title: string; description: string; language: string }[];
  organisations: { id: string; name: string; description: string }[];
  qrels: Qrel[];
}

// The dev set tunes the engine; the probe sets (bench/data/probe*/README.md) were written separately
// to show whether that tuning carries over to new wording and new needs: the second one covers
// themes that neither the dev set nor the first probe has.
const SETS: LabelledSet[] = [
  { name: 'dev set', opportunities: devOpportunities, organisations: devOrganisations, qrels: devQrels },
  { name: 'probe set', opportunities: probeOpportunities, organisations: probeOrganisations, qrels: probeQrels },
  { name: 'second probe set', opportunities: probe2Opportunities, organisations: probe2Organisations, qrels: probe2Qrels },
  // Blind probes (issue 17): written before the engine changes for that issue and never tuned on.
  { name: 'blind probe 1 (industries)', opportunities: blind1Opportunities, organisations: blind1Organisations, qrels: blind1Qrels },
  { name: 'blind probe 2 (waste, agriculture, kilns)', opportunities: blind2Opportunities, organisations: blind2Organisations, qrels: blind2Qrels },
];

function engineRankings(set: LabelledSet): Ranking[] {
  const index = indexOrganisations(parseOrganisations(set.organisations), matchingBridge());
  const ranked = rankOrganisations(parseOpportunities(set.opportunities), index, { top: TOP });
  return ranked.map((r) => ({ opportunityId: r.opportunityId, organisationIds: r.matches.map((m) => m.id) }));
}

// The dev README's reference point: name + description, MiniSearch's default tokenizer,
// OR semantics with prefix matching, top 10.
function bm25Rankings(set: LabelledSet): Ranking[] {
  const search = new MiniSearch({ fields: ['name', 'description'], idField: 'id' });
  search.addAll(set.organisations);
  return set.opportunities.map((o) => ({
    opportunityId: o.id,
    organisationIds: search
      .search(`${o.title} ${o.description}`, { combineWith: 'OR', prefix: true })
      .slice(0, TOP)
      .map((hit) => String(hit.id)),
  }));
}

function qualityTable(rows: [string, Report][]): string {
  const lines = ['| matcher | group | n | nDCG@10 | Recall@10 | MRR@10 |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [name, report] of rows) {
    for (const group of ['overall', 'nl', 'en', 'zh'] as const) {
      const s = report[group];
      lines.push(`| ${name} | ${group} | ${s.n} | ${s.ndcg.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.mrr.toFixed(3)} |`);
    }
  }
  return lines.join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

for (const set of SETS) {
  console.log(`## Quality on the ${set.name} (${set.opportunities.length} opportunities, ${set.organisations.length} organisations)\n`);
  console.log(
    qualityTable([
      ['cleantech-bridge', evaluate(set.opportunities, set.qrels, engineRankings(set))],
      ['BM25 (MiniSearch)', evaluate(set.opportunities, set.qrels, bm25Rankings(set))],
    ]),
  );
  console.log('');
}

// Learning from the pipeline, on a held-back split of the dev set: the managers' judgements on
// one half of the needs (grade 0 in the top 10 → "not relevant", grade 3 → "collaboration
// started") adjust the rankings of the other half, which is scored with and without them; then
// the halves swap.
function pipelineLearning(): [string, Report][] {
  const set = SETS[0] as LabelledSet;
  const index = indexOrganisations(parseOrganisations(set.organisations), matchingBridge());
  const grades = new Map(set.qrels.map((q) => [`${q.opportunityId} ${q.organisationId}`, q.grade]));
  const halves = [0, 1].map((h) => set.opportunities.filter((_, i) => i % 2 === h));
  const rankings = (opportunities: LabelledSet['opportunities'], feedback?: PipelineFeedback): Ranking[] =>
    rankOrganisations(parseOpportunities(opportunities), index, { top: TOP, feedback }).map((r) => ({
      opportunityId: r.opportunityId,
      organisationIds: r.matches.map((m) => m.id),
    }));
  const without: Ranking[] = [];
  const withFeedback: Ranking[] = [];
  for (const [judged, heldBack] of [halves, [...halves].reverse()] as [typeof set.opportunities, typeof set.opportunities][]) {
    const events: PipelineEvent[] = [];
    for (const ranking of rankings(judged)) {
      const opportunity = opportunityDocument(parseOpportunities(judged.filter((o) => o.id === ranking.opportunityId))[0]!);
      for (const organisationId of ranking.organisationIds) {
        const grade = grades.get(`${ranking.opportunityId} ${organisationId}`) ?? 0;
        if (grade === 0) events.push({ opportunity, organisationId, signal: 'not-relevant' });
        if (grade === 3) events.push({ opportunity, organisationId, signal: 'collaboration-started' });
      }
    }
    without.push(...rankings(heldBack));
    withFeedback.push(...rankings(heldBack, new PipelineFeedback(index, events)));
  }
  return [
    ['cleantech-bridge', evaluate(set.opportunities, set.qrels, without)],
    ['with pipeline judgements of the other half', evaluate(set.opportunities, set.qrels, withFeedback)],
  ];
}

console.log('## Learning from the pipeline (dev set, each half scored with the judgements of the other)\n');
console.log(qualityTable(pipelineLearning()));
console.log('');

console.log(`## Speed and memory (${PROFILES.toLocaleString('en')} generated profiles, ${QUERIES} opportunities)\n`);
const organisations = generateOrganisations(PROFILES);
const opportunities = generateOpportunities(QUERIES);
// CPU time is shown next to wall time: on a shared machine the two can differ a lot.
const cpuSeconds = (since: NodeJS.CpuUsage) => process.cpuUsage(since).user / 1e6;
let started = performance.now();
let cpu = process.cpuUsage();
const index = MatchIndex.build(organisations.map(organisationDocument), undefined, matchingBridge());
const tagging = performance.now() - started;
const taggingCpu = cpuSeconds(cpu);
started = performance.now();
cpu = process.cpuUsage();
let matches = 0;
for (const opportunity of opportunities) matches += index.rank(opportunityDocument(opportunity), { top: TOP }).length;
const ranking = performance.now() - started;
const rankingCpu = cpuSeconds(cpu);
const maxRss = process.resourceUsage().maxRSS / 1024;
console.log('| step | wall time | CPU time | target |');
console.log('| --- | --- | --- | --- |');
console.log(`| tag + index ${PROFILES.toLocaleString('en')} profiles | ${seconds(tagging)} | ${taggingCpu.toFixed(2)} s | ≤ 60 s |`);
console.log(`| rank ${QUERIES} opportunities, top ${TOP} with explanations (${matches} matches) | ${seconds(ranking)} | ${rankingCpu.toFixed(2)} s | ≤ 10 s |`);
console.log(`| peak memory (maxRSS) | ${Math.round(maxRss)} MB | | ≤ 2048 MB |`);
