// The results of an exported activity: results, indicators, baselines and periods, with what
// their publisher said beyond the model written back in schema order.
import type { Indicator, MultilingualText, Result } from '../projects/model';
import type { ResultPartIati, ResultParts } from '../projects/iati-extension';
import { narratives } from './export-narratives';
import { BASELINE_SEQUENCE, fromVerbatim, INDICATOR_SEQUENCE, inSchemaOrder, MEASURED_SEQUENCE, PERIOD_SEQUENCE, RESULT_SEQUENCE } from './schema-order';
import { el } from './xml';
import type { XmlElement } from './xml';

const MEASURE = { unit: '1', percentage: '2', nominal: '3', ordinal: '4', qualitative: '5' } as const;
const RESULT_TYPE = { output: '1', outcome: '2', impact: '3' } as const;

/** An element of a result with what its publisher said beyond the model, in schema order. */
function resultPart(
  name: string,
  attrs: Record<string, string | number | boolean | undefined>,
  children: Array<XmlElement | undefined>,
  own: ResultPartIati | undefined,
  sequence: readonly string[],
): XmlElement {
  const all = [...children.filter((c) => c !== undefined), ...(own?.extra ?? []).map(fromVerbatim)];
  return el(name, { ...attrs, ...own?.attributes }, inSchemaOrder(all, sequence));
}

/** Qualitative measures carry their value as a comment only (IATI rules 8.8.3, 8.9.3, 8.10.3). */
function measured(
  name: string,
  attrs: Record<string, string | number | undefined>,
  v: { value?: number; comment?: MultilingualText },
  qualitative: boolean,
  own: ResultPartIati | undefined,
): XmlElement {
  const sequence = name === 'baseline' ? BASELINE_SEQUENCE : MEASURED_SEQUENCE;
  return resultPart(
    name,
    { ...attrs, value: qualitative ? undefined : v.value },
    [v.comment ? el('comment', {}, narratives(v.comment)) : undefined],
    own,
    sequence,
  );
}

function indicator(ind: Indicator, parts: ResultParts): XmlElement {
  const qualitative = ind.measure === 'qualitative';
  return resultPart(
    'indicator',
    { measure: MEASURE[ind.measure], ascending: ind.ascending },
    [
      el('title', {}, narratives(ind.title)),
      ind.description ? el('description', {}, narratives(ind.description)) : undefined,
      ind.baseline ? measured('baseline', { year: ind.baseline.year }, ind.baseline, qualitative, parts[`${ind.id}/baseline`]) : undefined,
      ...ind.periods.map((p) =>
        resultPart(
          'period',
          {},
          [
            el('period-start', { 'iso-date': p.start }),
            el('period-end', { 'iso-date': p.end }),
            p.target ? measured('target', {}, p.target, qualitative, parts[`${p.id}/target`]) : undefined,
            p.actual ? measured('actual', {}, p.actual, qualitative, parts[`${p.id}/actual`]) : undefined,
          ],
          parts[p.id],
          PERIOD_SEQUENCE,
        ),
      ),
    ],
    parts[ind.id],
    INDICATOR_SEQUENCE,
  );
}

export function result(r: Result, parts: ResultParts): XmlElement {
  return resultPart(
    'result',
    { type: RESULT_TYPE[r.type] },
    [
      el('title', {}, narratives(r.title)),
      r.description ? el('description', {}, narratives(r.description)) : undefined,
      ...r.indicators.map((i) => indicator(i, parts)),
    ],
    parts[r.id],
    RESULT_SEQUENCE,
  );
}
