import { describe, expect, it } from 'vitest';
import { matchingBridge } from '../../server/features/matching/matching-bridge';
import probeOpportunities from '../../../bench/data/probe/opportunities.json';
import probeOrganisations from '../../../bench/data/probe/organisations.json';
import probeQrels from '../../../bench/data/probe/qrels.json';
import probe2Opportunities from '../../../bench/data/probe-2/opportunities.json';
import probe2Organisations from '../../../bench/data/probe-2/organisations.json';
import probe2Qrels from '../../../bench/data/probe-2/qrels.json';
import blind1Opportunities from '../../../bench/data/blind-1/opportunities.json';
import blind1Organisations from '../../../bench/data/blind-1/organisations.json';
import blind1Qrels from '../../../bench/data/blind-1/qrels.json';
import blind2Opportunities from '../../../bench/data/blind-2/opportunities.json';
import blind2Organisations from '../../../bench/data/blind-2/organisations.json';
import blind2Qrels from '../../../bench/data/blind-2/qrels.json';
import { evaluate, type Qrel } from '../../../test/fixtures/matching-dev/metric';
import devOpportunities from '../../../test/fixtures/matching-dev/opportunities.json';
import devOrganisations from '../../../test/fixtures/matching-dev/organisations.json';
import devQrels from '../../../test/fixtures/matching-dev/qrels.json';
import { indexOrganisations, rankOrganisations } from './rank';
import { parseOpportunities, parseOrganisations } from './validate';

type Floors = { overall: number; nl: number; en: number; zh: number };

// Floors a little under what the engine reaches, so a regression fails the build but small
// re-weightings do not. With the cross-lingual bridge (docs/decisions/011-cross-lingual-bridge.md):
// dev set 0.923 overall, nl 0.925, en 0.904, zh 0.940. Probe set (written by the team, independent
// of the dev set's wording): 0.982 overall, nl 0.977, en 0.991, zh 0.979. Second probe set (themes
// neither of the others covers; 0.802 before the thesaurus was extended for it): 0.989 overall,
// nl 0.993, en 0.988, zh 0.986. Blind probes (issue 17, never tuned on; decision 015): 0.876 / nl 0.832 /
// en 0.844 / zh 0.952 and 0.887 / 0.837 / 0.924 / 0.898 — a floor that fails means a regression,
// never a reason to tune on them.
const SETS = [
  {
    name: 'dev set',
    opportunities: devOpportunities,
    organisations: devOrganisations,
    qrels: devQrels,
    floors: { overall: 0.88, nl: 0.88, en: 0.85, zh: 0.89 },
  },
  {
    name: 'probe set',
    opportunities: probeOpportunities,
    organisations: probeOrganisations,
    qrels: probeQrels,
    floors: { overall: 0.93, nl: 0.92, en: 0.92, zh: 0.92 },
  },
  {
    name: 'second probe set',
    opportunities: probe2Opportunities,
    organisations: probe2Organisations,
    qrels: probe2Qrels,
    floors: { overall: 0.95, nl: 0.95, en: 0.95, zh: 0.95 },
  },
  {
    name: 'blind probe 1',
    opportunities: blind1Opportunities,
    organisations: blind1Organisations,
    qrels: blind1Qrels,
    floors: { overall: 0.84, nl: 0.79, en: 0.8, zh: 0.91 },
  },
  {
    name: 'blind probe 2',
    opportunities: blind2Opportunities,
    organisations: blind2Organisations,
    qrels: blind2Qrels,
    floors: { overall: 0.85, nl: 0.8, en: 0.88, zh: 0.86 },
  },
] satisfies { name: string; opportunities: unknown[]; organisations: unknown[]; qrels: unknown[]; floors: Floors }[];

describe('matching quality regression', () => {
  it.each(SETS)('keeps nDCG@10 above its floors on the $name, overall and per language', (set) => {
    const index = indexOrganisations(parseOrganisations(set.organisations), matchingBridge());
    const ranked = rankOrganisations(parseOpportunities(set.opportunities), index, { top: 10 });
    const report = evaluate(
      set.opportunities,
      set.qrels as Qrel[],
      ranked.map((r) => ({ opportunityId: r.opportunityId, organisationIds: r.matches.map((m) => m.id) })),
    );
    for (const [group, floor] of Object.entries(set.floors)) {
      expect(report[group as keyof Floors].ndcg, group).toBeGreaterThanOrEqual(floor);
    }
  });
});
