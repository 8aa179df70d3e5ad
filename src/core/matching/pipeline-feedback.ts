import type { AnalysedDocument, MatchIndex } from './match-index';
import type { MatchDocument } from './types';

/** What a manager did with a suggested match that says something about relevance. */
export type PipelineSignal = 'not-relevant' | 'collaboration-started';

/** One judgement from the pipeline: this organisation for this need. */
export interface PipelineEvent {
  opportunity: MatchDocument;
  organisationId: string;
  signal: PipelineSignal;
}

/** Why a score was adjusted: a judgement on a similar need. */
export interface FeedbackReason {
  opportunityId: string;
  signal: PipelineSignal;
  /** Cosine of the two needs' concept vectors, 0..1. */
  similarity: number;
}

export interface FeedbackAdjustment {
  factor: number;
  reasons: FeedbackReason[];
}

// What one judgement on an identical need does to a score. A "not relevant" is a clear
// verdict; a collaboration says the organisation is right for that kind of need, but the next
// need may want someone else too, so it lifts less than a rejection lowers.
const STRENGTH: Readonly<Record<PipelineSignal, number>> = { 'not-relevant': -0.5, 'collaboration-started': 0.25 };
// Needs less alike than this say nothing about each other; above it the effect grows linearly.
const MIN_SIMILARITY = 0.5;
const MIN_FACTOR = 0.25;
const MAX_FACTOR = 1.5;
const NONE: FeedbackAdjustment = { factor: 1, reasons: [] };

interface Judged {
  opportunityId: string;
  signal: PipelineSignal;
  vector: Map<string, number>;
}

/**
 * Learning from the pipeline, per installation: the needs on which managers marked an
 * organisation "not relevant" or started a collaboration move that organisation down or up for
 * similar needs (by concept vector, with the index's IDF). The judgements are read from the
 * current match statuses at each computation, so undoing a status undoes its effect, and every
 * adjustment names the judged need behind it. A need's own judgements do not re-rank it.
 */
export class PipelineFeedback {
  private readonly byOrganisation = new Map<string, Judged[]>();

  constructor(
    private readonly index: MatchIndex,
    events: readonly PipelineEvent[],
  ) {
    for (const event of events) {
      const judged = { opportunityId: event.opportunity.id, signal: event.signal, vector: this.vector(index.analyse(event.opportunity)) };
      const list = this.byOrganisation.get(event.organisationId) ?? [];
      list.push(judged);
      this.byOrganisation.set(event.organisationId, list);
    }
  }

  get size(): number {
    return this.byOrganisation.size;
  }

  /** The adjustment of each organisation's score for one need. */
  forQuery(query: AnalysedDocument): (organisationId: string) => FeedbackAdjustment {
    if (this.byOrganisation.size === 0) return () => NONE;
    const vector = this.vector(query);
    return (organisationId) => {
      const judged = this.byOrganisation.get(organisationId);
      if (!judged) return NONE;
      let change = 0;
      const reasons: FeedbackReason[] = [];
      for (const j of judged) {
        if (j.opportunityId === query.doc.id) continue;
        const similarity = cosine(vector, j.vector);
        if (similarity < MIN_SIMILARITY) continue;
        change += STRENGTH[j.signal] * ((similarity - MIN_SIMILARITY) / (1 - MIN_SIMILARITY));
        reasons.push({ opportunityId: j.opportunityId, signal: j.signal, similarity: Math.round(similarity * 1000) / 1000 });
      }
      if (reasons.length === 0) return NONE;
      return { factor: Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, 1 + change)), reasons: reasons.sort((a, b) => b.similarity - a.similarity) };
    };
  }

  /** A need's concepts (with their broader ones) weighted by the index's IDF, unit length. */
  private vector(doc: AnalysedDocument): Map<string, number> {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [id, { weight }] of doc.expanded) {
      const value = weight * this.index.conceptIdf(id);
      if (value <= 0) continue;
      vector.set(id, value);
      norm += value * value;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [id, value] of vector) vector.set(id, value * scale);
    return vector;
  }
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [id, value] of a) dot += value * (b.get(id) ?? 0);
  return dot;
}
