import type { Language, RegionSummary, Twinning } from '../../../shared/api/index';
import type { LocalizedDraft } from '../../lib/localized-draft';
import { draftFromText, emptyDraft, numberFromInput, optionalTextFromDraft } from '../../lib/localized-draft';

export interface OfficeDraft {
  organisation: string;
  city: LocalizedDraft;
  openedYear: string;
}

export interface TwinningDraft {
  homeRegionId: string;
  partnerRegionId: string;
  since: string;
  note: LocalizedDraft;
  offices: OfficeDraft[];
}

export function emptyOffice(lang: Language): OfficeDraft {
  return { organisation: '', city: emptyDraft(lang), openedYear: '' };
}

/** A new twinning starts from the region it was added from, on that region's side. */
export function newTwinningDraft(from: RegionSummary | undefined, lang: Language): TwinningDraft {
  return {
    homeRegionId: from?.side === 'home' ? from.id : '',
    partnerRegionId: from?.side === 'partner' ? from.id : '',
    since: '',
    note: emptyDraft(lang),
    offices: [],
  };
}

export function twinningDraft(twinning: Twinning, lang: Language): TwinningDraft {
  return {
    homeRegionId: twinning.homeRegionId,
    partnerRegionId: twinning.partnerRegionId,
    since: twinning.since === null ? '' : String(twinning.since),
    note: draftFromText(twinning.note, lang),
    offices: twinning.offices.map((office) => ({
      organisation: office.organisation,
      city: draftFromText(office.city, lang),
      openedYear: office.openedYear === null ? '' : String(office.openedYear),
    })),
  };
}

/** The request body the schema validates; blanks become null. */
export function twinningCandidate(draft: TwinningDraft) {
  return {
    homeRegionId: draft.homeRegionId,
    partnerRegionId: draft.partnerRegionId,
    since: numberFromInput(draft.since),
    note: optionalTextFromDraft(draft.note),
    offices: draft.offices.map((office) => ({
      organisation: office.organisation.trim(),
      city: optionalTextFromDraft(office.city),
      openedYear: numberFromInput(office.openedYear),
    })),
  };
}
