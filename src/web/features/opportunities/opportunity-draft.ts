import type { Language, Opportunity, Theme } from '../../../shared/api/index';
import type { LocalizedDraft } from '../../lib/localized-draft';
import { draftFromText, emptyDraft, optionalTextFromDraft, textFromDraft } from '../../lib/localized-draft';

export interface OpportunityDraft {
  regionId: string;
  title: LocalizedDraft;
  description: LocalizedDraft;
  themes: Theme[];
  industries: string[];
  status: Opportunity['status'];
  visibility: Opportunity['visibility'];
  source: string;
}

export function newOpportunityDraft(regionId: string, lang: Language): OpportunityDraft {
  return {
    regionId,
    title: emptyDraft(lang),
    description: emptyDraft(lang),
    themes: [],
    industries: [],
    status: 'open',
    visibility: 'public',
    source: '',
  };
}

export function opportunityDraft(opportunity: Opportunity, lang: Language): OpportunityDraft {
  return {
    regionId: opportunity.regionId,
    title: draftFromText(opportunity.title, lang),
    description: draftFromText(opportunity.description, opportunity.title.original),
    themes: [...opportunity.themes],
    industries: [...opportunity.industries],
    status: opportunity.status,
    visibility: opportunity.visibility,
    source: opportunity.source ?? '',
  };
}

export function opportunityCandidate(draft: OpportunityDraft) {
  return {
    regionId: draft.regionId,
    title: textFromDraft(draft.title),
    description: optionalTextFromDraft(draft.description),
    themes: draft.themes,
    industries: draft.industries,
    status: draft.status,
    visibility: draft.visibility,
    source: draft.source.trim() === '' ? null : draft.source.trim(),
  };
}
