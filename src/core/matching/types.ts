import type { Language } from '../text/language';
import type { Facet } from '../thesaurus/facets';
import type { Evidence } from '../thesaurus/tagger';
import type { FeedbackReason, PipelineFeedback } from './pipeline-feedback';

/** A regional need, as in the matching data sets. */
export interface Opportunity {
  id: string;
  title: string;
  description: string;
  language?: Language;
  region?: string;
}

/** A company, institute, government body or NGO with its capability profile. */
export interface Organisation {
  id: string;
  name: string;
  description: string;
  language?: Language;
  country?: string;
  /** European region (e.g. "Antwerpen"), used for the twinning boost. */
  region?: string;
}

/** What either side of a match looks like to the engine. */
export interface MatchDocument {
  id: string;
  /** Title or name: concepts found here count extra. */
  heading: string;
  body: string;
  language?: Language;
  region?: string;
}

export interface TwinningPair {
  /** Chinese partner region, as in Opportunity.region ("Hebei"). */
  chinese: string;
  /** European region, as in Organisation.region ("Oost-Vlaanderen"). */
  european: string;
}

export interface MatchOptions {
  /** How many matches per query (default 10). */
  top?: number;
  /** Language of the explanations (default en). */
  readerLanguage?: Language;
  /** Twinned regions; matches within a pair get a small boost. */
  twinning?: readonly TwinningPair[];
  /** Multiplicative boost for twinned pairs (default 0.05, i.e. +5 %). */
  twinningBoost?: number;
  /** Judgements from the pipeline that move organisations up or down for similar needs. */
  feedback?: PipelineFeedback;
}

export interface SharedConcept {
  conceptId: string;
  label: string;
  /** Share of the concept score this concept contributes, 0..1. */
  share: number;
  queryEvidence: Evidence[];
  targetEvidence: Evidence[];
}

/** The need's concepts of one facet that the profile meets (facet-agreement.ts). */
export interface FacetExplanation {
  facet: Facet;
  concepts: { conceptId: string; label: string }[];
}

export interface Explanation {
  concepts: SharedConcept[];
  /** Facet by facet, what the profile meets of the need: medium/problem, technology, industry, setting. */
  facets: FacetExplanation[];
  /** Words shared within one language (stems or Chinese words). */
  sharedTerms: string[];
  /** Pipeline judgements on similar needs that moved this score (empty when none did). */
  feedback: FeedbackReason[];
  twinned: boolean;
  /** The same, as one line in the reader language. */
  text: string;
}

export interface Match {
  id: string;
  /** 0..1, higher is better. */
  score: number;
  explanation: Explanation;
}

export interface RankedOrganisations {
  opportunityId: string;
  matches: Match[];
}

export interface RankedOpportunities {
  organisationId: string;
  matches: Match[];
}
