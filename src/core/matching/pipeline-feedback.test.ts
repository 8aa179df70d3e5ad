import { describe, expect, it } from 'vitest';
import { MatchIndex } from './match-index';
import { PipelineFeedback } from './pipeline-feedback';
import { opportunityDocument, organisationDocument } from './rank';
import type { Opportunity } from './types';

const index = MatchIndex.build(
  [
    {
      id: 'voc-a',
      name: 'Solvent Air Systems',
      description: 'VOC abatement: regenerative thermal oxidisers for solvent emissions of coating lines and printing works.',
    },
    {
      id: 'voc-b',
      name: 'CleanStack',
      description: 'VOC abatement: regenerative thermal oxidisers and catalytic oxidation for solvent emissions of coating plants.',
    },
    { id: 'water', name: 'AquaWorks', description: 'Municipal wastewater treatment plants and sludge dewatering.' },
  ].map((o) => organisationDocument(o)),
);

const judged: Opportunity = {
  id: 'judged',
  title: 'VOC emissions from coating lines',
  description: 'Solvent emissions of coating lines need a thermal oxidiser.',
};
const similar: Opportunity = {
  id: 'similar',
  title: 'VOC abatement for a coating plant',
  description: 'Solvent emissions from coating need thermal oxidation.',
};
const unrelated: Opportunity = {
  id: 'unrelated',
  title: 'Sludge from wastewater treatment',
  description: 'A municipal wastewater treatment plant needs sludge dewatering.',
};
const order = (o: Opportunity, feedback?: PipelineFeedback) => index.rank(opportunityDocument(o), { feedback }).map((m) => m.id);
const scoreOf = (o: Opportunity, id: string, feedback?: PipelineFeedback) =>
  index.rank(opportunityDocument(o), { feedback }).find((m) => m.id === id)?.score ?? 0;

describe('PipelineFeedback', () => {
  const before = order(similar);
  const first = before[0] as string;
  const notRelevant = new PipelineFeedback(index, [{ opportunity: opportunityDocument(judged), organisationId: first, signal: 'not-relevant' }]);

  it('moves an organisation marked not relevant down for a similar need, and names the judgement', () => {
    expect(scoreOf(similar, first, notRelevant)).toBeLessThan(scoreOf(similar, first) * 0.8);
    const adjusted = index.rank(opportunityDocument(similar), { feedback: notRelevant }).find((m) => m.id === first);
    expect(adjusted?.explanation.feedback).toEqual([expect.objectContaining({ opportunityId: 'judged', signal: 'not-relevant' })]);
    expect(adjusted?.explanation.text).toMatch(/Adjusted by the pipeline for similar needs: marked not relevant \(judged, /);
  });

  it('leaves unrelated needs and the judged need itself alone, and is undone by dropping the judgement', () => {
    expect(order(unrelated, notRelevant)).toEqual(order(unrelated));
    expect(order(judged, notRelevant)).toEqual(order(judged));
    expect(order(similar, new PipelineFeedback(index, []))).toEqual(before);
  });

  it('moves an organisation with a collaboration up for a similar need', () => {
    const second = before[1] as string;
    const started = new PipelineFeedback(index, [{ opportunity: opportunityDocument(judged), organisationId: second, signal: 'collaboration-started' }]);
    expect(scoreOf(similar, second, started)).toBeGreaterThan(scoreOf(similar, second) * 1.1);
  });
});
