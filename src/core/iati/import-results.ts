// The results of a foreign IATI activity: results, their indicators, baselines and periods, with
// what each part says beyond the model kept for the export to write back.
import type { Indicator, Result } from '../projects/model';
import type { ResultParts } from '../projects/iati-extension';
import { INDICATOR_MEASURE, RESULT_TYPE } from './codelists';
import { byName, code, decimal, has, kid, kids, multilingual, toVerbatim, uniqueId } from './import-read';
import type { Context } from './import-read';
import { otherAttributes, period } from './import-parts';
import type { XmlNode } from './xml-read';

const RESULT_NAMES = byName(RESULT_TYPE);
const MEASURES = ['unit', 'percentage', 'nominal', 'ordinal', 'qualitative'] as const;

/**
 * Keeps what a result part says beyond the model — attributes it does not read, children it does
 * not hold (in file order) — for the export to write back, and warns naming them.
 */
function keepPart(node: XmlNode, key: string, readAttributes: readonly string[], held: (child: XmlNode) => boolean, parts: ResultParts, ctx: Context): void {
  const attributes = otherAttributes(node, readAttributes, ctx);
  const extra = node.children.filter((c) => !held(c));
  if (!attributes && extra.length === 0) return;
  parts[key] = { ...(attributes ? { attributes } : {}), ...(extra.length > 0 ? { extra: extra.map((c) => toVerbatim(c, ctx)) } : {}) };
  const named = [
    ...Object.keys(attributes ?? {})
      .filter((a) => !a.startsWith('xmlns'))
      .map((a) => `attribute ${a}`),
    ...extra.map((c) => c.name),
  ];
  ctx.warn(node, `${named.join(', ')} of ${node.name} kept verbatim: written back on export`);
}
const firstOf =
  (node: XmlNode, name: string) =>
  (child: XmlNode): boolean =>
    child.name === name && kid(node, name) === child;

export function result(node: XmlNode, id: string, parts: ResultParts, ctx: Context): Result | undefined {
  const typeCode = code(node, RESULT_TYPE, RESULT_NAMES, 'result type', ctx.warn, 'type');
  const type = typeCode === '1' ? 'output' : typeCode === '2' ? 'outcome' : typeCode === '3' ? 'impact' : undefined;
  if (typeCode === '9') ctx.warn(node, 'result type 9 "other" is not held: result skipped');
  const title = multilingual(kid(node, 'title'), ctx, true);
  const indicators = kids(node, 'indicator').flatMap((n, i) => indicator(n, uniqueId(ctx, `${id}-i${i + 1}`), parts, ctx) ?? []);
  if (!type || !title) return undefined;
  if (indicators.length === 0) {
    ctx.warn(node, 'result without a usable indicator: skipped');
    return undefined;
  }
  keepPart(node, id, ['type'], (c) => firstOf(node, 'title')(c) || firstOf(node, 'description')(c) || c.name === 'indicator', parts, ctx);
  return { id, type, title, description: multilingual(kid(node, 'description'), ctx, false), indicators };
}

function measured(node: XmlNode | undefined, key: string, parts: ResultParts, ctx: Context, qualitative: boolean) {
  if (!node) return undefined;
  const raw = node.attrs.value;
  if (qualitative && raw !== undefined) ctx.warn(node, 'value of a qualitative indicator skipped (IATI rule 8.x.3)');
  const value = !qualitative && raw !== undefined ? decimal(raw, node, ctx.warn) : undefined;
  keepPart(node, key, ['value', 'year'], firstOf(node, 'comment'), parts, ctx);
  return { value, comment: multilingual(kid(node, 'comment'), ctx, false) };
}

function indicator(node: XmlNode, id: string, parts: ResultParts, ctx: Context): Indicator | undefined {
  const measureCode = node.attrs.measure?.trim() ?? '';
  let measure = has(INDICATOR_MEASURE, measureCode) ? MEASURES[Number(measureCode) - 1] : undefined;
  if (!measure) {
    ctx.warn(node, `indicator measure "${measureCode}" is not a known code: read as qualitative`);
    measure = 'qualitative';
  }
  const qualitative = measure === 'qualitative';
  const title = multilingual(kid(node, 'title'), ctx, true);
  if (!title) return undefined;
  const baselineNode = kids(node, 'baseline')[0];
  const baselineYear = baselineNode ? Number(baselineNode.attrs.year) : NaN;
  if (baselineNode && !Number.isInteger(baselineYear))
    ctx.warn(baselineNode, `baseline year "${baselineNode.attrs.year ?? ''}" is not a year: baseline skipped`);
  const baseline =
    baselineNode && Number.isInteger(baselineYear) ? { year: baselineYear, ...measured(baselineNode, `${id}/baseline`, parts, ctx, qualitative) } : undefined;
  const read: XmlNode[] = [];
  const periods = kids(node, 'period').flatMap((p, i) => {
    const dates = period(p, ctx);
    if (!dates) return [];
    read.push(p);
    const periodId = uniqueId(ctx, `${id}-p${i + 1}`);
    const target = measured(kid(p, 'target'), `${periodId}/target`, parts, ctx, qualitative);
    const actual = measured(kid(p, 'actual'), `${periodId}/actual`, parts, ctx, qualitative);
    keepPart(p, periodId, [], (c) => c.name === 'period-start' || c.name === 'period-end' || firstOf(p, 'target')(c) || firstOf(p, 'actual')(c), parts, ctx);
    return [{ id: periodId, ...dates, target, actual }];
  });
  // Further baselines (IATI allows one per year or place) are kept with the indicator; the first
  // with an unusable year was skipped, and warned about, above.
  const held = (c: XmlNode) => firstOf(node, 'title')(c) || firstOf(node, 'description')(c) || c === baselineNode || read.includes(c);
  keepPart(node, id, ['measure', 'ascending'], (c) => held(c) || (c.name === 'period' && !read.includes(c)), parts, ctx);
  const ascending = node.attrs.ascending === undefined ? true : node.attrs.ascending === '1' || node.attrs.ascending === 'true';
  return { id, title, description: multilingual(kid(node, 'description'), ctx, false), measure, ascending, baseline, periods };
}
