import { describe, expect, it } from 'vitest';
import { matchingBridge } from '../../server/features/matching/matching-bridge';
import { analyseDocument, MatchIndex } from './match-index';
import { OutsideDocumentScorer } from './outside-document';
import { opportunityDocument, organisationDocument } from './rank';

const organisations = [
  {
    id: 'tank',
    name: 'Tank Care BV',
    language: 'nl' as const,
    region: 'Antwerpen',
    description: 'Wij reinigen opslagtanks en verwerken olieslib ter plaatse.',
  },
  { id: 'sludge-zh', name: '西安油泥处理有限公司', language: 'zh' as const, description: '公司专业从事油田含油污泥的无害化处理和原油回收。' },
  { id: 'h2', name: 'HyStation GmbH', language: 'en' as const, description: 'Hydrogen refuelling stations for buses, with compressors and storage.' },
  { id: 'voc', name: 'Solvent Air Systems', language: 'en' as const, description: 'Regenerative thermal oxidisers remove VOC emissions from coating lines.' },
].map(organisationDocument);

const needs = [
  { id: 'sludge', title: 'Behandeling van olieslib', description: 'Olievelden zoeken verwerking van olieslib.', language: 'nl' as const, region: 'Shaanxi' },
  { id: 'h2', title: '加氢站建设', description: '需要建设加氢站，配套压缩机和储氢设备。', language: 'zh' as const },
  { id: 'voc', title: 'VOC emissions of coating lines', description: 'A paint shop must cut its VOC emissions.', language: 'en' as const },
].map(opportunityDocument);

describe('OutsideDocumentScorer', () => {
  it.each([
    ['without', undefined],
    ['with', matchingBridge()],
  ])('scores an indexed document exactly as the index ranks it, with the same explanation (%s bridge)', (_, bridge) => {
    const index = MatchIndex.build(organisations, undefined, bridge);
    const stats = index.statistics();
    const twinning = [{ chinese: 'Shaanxi', european: 'Antwerpen' }];
    for (const need of needs) {
      const { matches, lexicalMax } = index.rankWithNorm(need, { top: 10, twinning, readerLanguage: 'nl' });
      expect(matches.length).toBeGreaterThan(0);
      const query = analyseDocument(index.tagger, need, bridge);
      for (const expected of matches) {
        const scorer = new OutsideDocumentScorer(
          index.tagger,
          stats,
          organisations.find((o) => o.id === expected.id)!,
          bridge,
        );
        const got = scorer.score(query, lexicalMax, { twinning, readerLanguage: 'nl' });
        expect(got?.score).toBeCloseTo(expected.score, 3);
        expect(got?.explanation.text).toBe(expected.explanation.text);
      }
    }
  });

  it('scores a changed document by what it says now', () => {
    const index = MatchIndex.build(organisations);
    const query = analyseDocument(index.tagger, needs[2]!);
    const { lexicalMax } = index.rankWithNorm(needs[2]!);
    const before = new OutsideDocumentScorer(index.tagger, index.statistics(), organisations[0]!).score(query, lexicalMax);
    const changed = { ...organisations[0]!, body: 'Wij bouwen installaties die VOC-emissies van lakstraten verwijderen.' };
    const after = new OutsideDocumentScorer(index.tagger, index.statistics(), changed).score(query, lexicalMax);
    expect(after?.score ?? 0).toBeGreaterThan(before?.score ?? 0);
    expect(after?.explanation.concepts.length).toBeGreaterThan(0);
  });
});
