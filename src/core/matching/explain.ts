import type { Language } from '../text/language';
import { ancestors } from '../thesaurus/navigation';
import type { ConceptScheme } from '../thesaurus/scheme';
import type { Evidence } from '../thesaurus/tagger';
import type { AnalysedDocument } from './match-index';
import type { Facet } from '../thesaurus/facets';
import type { FacetMatch } from './facet-agreement';
import type { FeedbackReason, PipelineSignal } from './pipeline-feedback';
import type { Explanation, FacetExplanation, SharedConcept } from './types';

const MAX_CONCEPTS = 3;
const MAX_PHRASES = 3;
const MAX_TERMS = 5;

interface Wording {
  shared: string;
  query: string;
  target: string;
  terms: string;
  twinned: string;
  none: string;
  facets: string;
  facet: Record<Facet, string>;
  feedback: string;
  signal: Record<PipelineSignal, string>;
}

const WORDING: Record<Language, Wording> = {
  en: {
    shared: 'Shared concepts',
    query: 'need',
    target: 'profile',
    terms: 'shared words',
    twinned: 'twinned regions',
    none: 'no shared concepts',
    facets: 'Matched on',
    facet: { medium: 'medium/problem', technology: 'technology', industry: 'industry', context: 'setting' },
    feedback: 'Adjusted by the pipeline for similar needs',
    signal: { 'not-relevant': 'marked not relevant', 'collaboration-started': 'collaboration started' },
  },
  nl: {
    shared: 'Gedeelde concepten',
    query: 'vraag',
    target: 'profiel',
    terms: 'gedeelde woorden',
    twinned: 'partnerregio’s',
    none: 'geen gedeelde concepten',
    facets: 'Overeenkomst op',
    facet: { medium: 'medium/probleem', technology: 'technologie', industry: 'sector', context: 'omgeving' },
    feedback: 'Bijgesteld door de pijplijn bij vergelijkbare vragen',
    signal: { 'not-relevant': 'niet relevant gemarkeerd', 'collaboration-started': 'samenwerking gestart' },
  },
  zh: {
    shared: '共同概念',
    query: '需求',
    target: '简介',
    terms: '共同词语',
    twinned: '友好地区',
    none: '无共同概念',
    facets: '匹配维度',
    facet: { medium: '介质/问题', technology: '技术', industry: '行业', context: '应用场景' },
    feedback: '根据类似需求的对接结果调整',
    signal: { 'not-relevant': '标为不相关', 'collaboration-started': '已开始合作' },
  },
};

/** Why `target` matched `query`: the concepts both mention, with the phrases on each side. */
export function explain(
  scheme: ConceptScheme,
  query: AnalysedDocument,
  target: AnalysedDocument,
  idf: ReadonlyMap<string, number>,
  twinned: boolean,
  lang: Language,
  facetMatches: readonly FacetMatch[] = [],
  feedback: readonly FeedbackReason[] = [],
): Explanation {
  const contributions: { id: string; value: number }[] = [];
  for (const [id, q] of query.expanded) {
    const t = target.expanded.get(id);
    if (t) contributions.push({ id, value: q.weight * t.weight * (idf.get(id) ?? 0) ** 2 });
  }
  const total = contributions.reduce((sum, c) => sum + c.value, 0) || 1;
  contributions.sort((a, b) => b.value - a.value);

  // The most specific concepts tell the reader most; a broader concept that only restates a
  // concept already listed is left out.
  const concepts: SharedConcept[] = [];
  const covered = new Set<string>();
  for (const { id, value } of contributions) {
    if (concepts.length === MAX_CONCEPTS) break;
    if (covered.has(id)) continue;
    for (const ancestor of ancestors(scheme, id).keys()) covered.add(ancestor);
    const concept = scheme.byId.get(id);
    if (!concept) continue;
    concepts.push({
      conceptId: id,
      label: concept.prefLabel[lang],
      share: Math.round((value / total) * 1000) / 1000,
      queryEvidence: evidenceFor(query, id),
      targetEvidence: evidenceFor(target, id),
    });
  }
  const targetTerms = new Set(target.terms);
  const sharedTerms = [...new Set(query.terms.filter((t) => t.length > 1 && targetTerms.has(t)))].slice(0, MAX_TERMS);
  const facets: FacetExplanation[] = facetMatches.map((m) => ({
    facet: m.facet,
    concepts: m.conceptIds.map((id) => ({ conceptId: id, label: scheme.byId.get(id)?.prefLabel[lang] ?? id })),
  }));
  let text = oneLine(concepts, sharedTerms, twinned, facets, WORDING[lang]);
  if (feedback.length > 0) text += `. ${feedbackLine(feedback, WORDING[lang])}`;
  return { concepts, sharedTerms, twinned, facets, feedback: [...feedback], text };
}

/** The phrases of the directly tagged concepts that led to `conceptId`. */
function evidenceFor(doc: AnalysedDocument, conceptId: string): Evidence[] {
  const sources = new Set(doc.expanded.get(conceptId)?.sources ?? []);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const tag of doc.tags) {
    if (!sources.has(tag.conceptId)) continue;
    for (const evidence of tag.evidence) {
      const key = evidence.phrase.toLowerCase();
      if (seen.has(key) || out.length === MAX_PHRASES) continue;
      seen.add(key);
      out.push(evidence);
    }
  }
  return out;
}

function oneLine(concepts: readonly SharedConcept[], terms: readonly string[], twinned: boolean, facets: readonly FacetExplanation[], w: Wording): string {
  const quote = (evidence: readonly Evidence[]) => evidence.map((e) => `"${e.phrase}"`).join(', ');
  const parts = concepts.map((c) => `${c.label} (${w.query}: ${quote(c.queryEvidence)}; ${w.target}: ${quote(c.targetEvidence)})`);
  let line = `${w.shared}: ${parts.length > 0 ? parts.join('; ') : w.none}`;
  if (terms.length > 0) line += `. ${w.terms}: ${terms.join(', ')}`;
  if (twinned) line += `. ${w.twinned}`;
  const sentence = facetSentence(
    facets.map((f) => ({ facet: f.facet, labels: f.concepts.map((c) => c.label) })),
    w,
  );
  if (sentence) line += `. ${sentence}`;
  return line;
}

/**
 * "Matched on: medium/problem (…); industry (…)" in the reader language ('' without facets); the
 * server renders stored explanations with it too.
 */
export function facetSentence(facets: readonly { facet: Facet; labels: readonly string[] }[], lang: Language | Wording): string {
  const w = typeof lang === 'string' ? WORDING[lang] : lang;
  if (facets.length === 0) return '';
  return `${w.facets}: ${facets.map((f) => `${w.facet[f.facet]} (${f.labels.join(', ')})`).join('; ')}`;
}

function feedbackLine(feedback: readonly FeedbackReason[], w: Wording): string {
  return `${w.feedback}: ${feedback.map((f) => `${w.signal[f.signal]} (${f.opportunityId}, ${f.similarity.toFixed(2)})`).join('; ')}`;
}
