import { type Language, type LocalizedText, type MatchStatus, matchStatuses } from '../../../shared/api';

// Shared by the computation and the profile: the text of a record in the language it was written in.
export function textOf(t: LocalizedText | null): { text: string; lang: Language | undefined } {
  if (!t) return { text: '', lang: undefined };
  const text = t[t.original] ?? t.en ?? t.nl ?? t.zh ?? '';
  return { text, lang: t.original };
}

/** Where each status stands in the pipeline: the loop only ever moves a match forward. */
export const pipelineStep = (status: MatchStatus) => (status === 'not-relevant' ? -1 : matchStatuses.indexOf(status));
