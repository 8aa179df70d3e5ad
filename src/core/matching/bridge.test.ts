import { describe, expect, it } from 'vitest';
import { matchingBridge } from '../../server/features/matching/matching-bridge';
import { Tagger } from '../thesaurus';
import { Bridge } from './bridge';
import { MatchIndex } from './match-index';
import { opportunityDocument, organisationDocument } from './rank';

// Avalanche protection is no cleantech concept of ours: only the bridge can connect these texts.
const avalanche = organisationDocument({
  id: 'avalanche',
  name: 'Alpine Barrier Engineering',
  language: 'en',
  description: 'We engineer avalanche protection for alpine roads: snow fences, deflection dams and monitoring of snow packs.',
});
const hydrogen = organisationDocument({
  id: 'hydrogen',
  name: 'HyStation GmbH',
  language: 'en',
  description: 'Hydrogen refuelling stations for buses, with compressors and storage.',
});
const organisations = [avalanche, hydrogen];

const dutchNeed = opportunityDocument({
  id: 'nl',
  title: 'Bescherming tegen lawines',
  description: 'De provincie zoekt partners voor bescherming tegen lawines langs bergwegen.',
  language: 'nl',
});
const chineseNeed = opportunityDocument({ id: 'zh', title: '山区公路雪崩防护', description: '山区公路需要雪崩防护工程。', language: 'zh' });

describe('cross-lingual bridge', () => {
  const tagger = new Tagger();
  const ids = (index: MatchIndex, need: typeof dutchNeed) => index.rank(need).map((m) => m.id);

  it('shares no curated concept between the texts of these tests', () => {
    const curated = (doc: typeof dutchNeed) => tagger.tag(`${doc.heading}. ${doc.body}`, doc.language).map((t) => t.conceptId);
    const need = new Set([...curated(dutchNeed), ...curated(chineseNeed)]);
    expect(curated(avalanche).filter((c) => need.has(c))).toEqual([]);
  });

  it('lets a Dutch need meet an English profile through a GEMET concept', () => {
    expect(ids(MatchIndex.build(organisations, tagger), dutchNeed)).not.toContain('avalanche');
    const bridge = matchingBridge();
    expect(bridge.features('bescherming tegen lawines', 'nl', []).has('gemet:680')).toBe(true);
    expect(ids(MatchIndex.build(organisations, tagger, bridge), dutchNeed)).toEqual(['avalanche']);
  });

  it('lets a Chinese need reach an English profile through CC-CEDICT glosses', () => {
    expect(ids(MatchIndex.build(organisations, tagger), chineseNeed)).not.toContain('avalanche');
    const [best] = MatchIndex.build(organisations, tagger, matchingBridge()).rank(chineseNeed);
    expect(best?.id).toBe('avalanche');
  });

  it('does not add to texts in the same language, which lexical similarity already compares', () => {
    const english = opportunityDocument({ id: 'en', title: 'Avalanche protection', description: 'Avalanche protection for roads.', language: 'en' });
    const plain = MatchIndex.build(organisations, tagger).rank(english);
    expect(MatchIndex.build(organisations, tagger, matchingBridge()).rank(english)).toEqual(plain);
  });

  it('spreads a polysemous word over its glosses and ignores single characters', () => {
    const bridge = new Bridge({ 污泥: 'mud|sludge', 处理: 'handle|deal with|punish|process', 泥: 'mud' });
    const features = bridge.features('污泥处理', 'zh', ['污泥', '处理', '泥']);
    expect(features.get('en:sludg')).toBeGreaterThan(features.get('en:punish') ?? 0);
    expect(features.get('en:mud')).toBe(features.get('en:sludg'));
  });
});
