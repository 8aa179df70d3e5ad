import { Language, OpportunityListQuery, OpportunityStatus, Theme } from '../../../shared/api/index';
import type { QueryOf } from '../../lib/api-client';

export type SortKey = OpportunityListQuery['sort'];
type Status = NonNullable<OpportunityListQuery['status']>[number];
export const sortKeys = OpportunityListQuery.shape.sort.unwrap().options;
export const pageSize = 20;

/** The opportunity list's filters, search, sort and page: all of it lives in the URL query string. */
export interface ListState {
  q: string;
  regionId: string[];
  theme: Theme[];
  language: Language | undefined;
  /** Only opportunities whose title or description lacks this language (translation help). */
  missingLanguage: Language | undefined;
  status: Status[];
  /** Undefined: relevance while searching, else title. */
  sort: SortKey | undefined;
  order: 'asc' | 'desc';
  page: number;
}

const csv = (value: string | null) => (value ?? '').split(',').filter(Boolean);
const oneOf = <T extends string>(options: readonly T[], value: unknown): value is T => options.includes(value as T);

/** Reads a (possibly hand-edited) query string; unknown values are dropped rather than sent. */
export function parseListState(params: URLSearchParams): ListState {
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() ?? '',
    regionId: csv(params.get('regionId')),
    theme: csv(params.get('theme')).filter((value) => oneOf(Theme.options, value)),
    language: Language.safeParse(params.get('language')).data,
    missingLanguage: Language.safeParse(params.get('missingLanguage')).data,
    status: csv(params.get('status')).filter((value) => oneOf(OpportunityStatus.options, value)),
    sort: oneOf(sortKeys, sort) ? sort : undefined,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for a state, leaving out defaults so shared links stay short. */
export function listStateToParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.regionId.length > 0) params.set('regionId', state.regionId.join(','));
  if (state.theme.length > 0) params.set('theme', state.theme.join(','));
  if (state.language) params.set('language', state.language);
  if (state.missingLanguage) params.set('missingLanguage', state.missingLanguage);
  if (state.status.length > 0) params.set('status', state.status.join(','));
  if (state.sort) params.set('sort', state.sort);
  if (state.order === 'desc') params.set('order', 'desc');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** A changed filter shows its first page; only paging itself keeps the page number. */
export function changeListState(state: ListState, patch: Partial<ListState>): ListState {
  return { ...state, page: 1, ...patch };
}

export function effectiveSort(state: ListState): SortKey {
  return state.sort ?? (state.q ? 'relevance' : 'title');
}

/** The API request for a state; `lang` is the reader's language, used to sort titles. */
export function apiQuery(state: ListState, lang: Language): QueryOf<'/api/opportunities'> {
  return {
    q: state.q,
    regionId: state.regionId,
    theme: state.theme,
    language: state.language,
    missingLanguage: state.missingLanguage,
    status: state.status,
    sort: effectiveSort(state),
    order: state.order,
    lang,
    page: state.page,
    pageSize,
  };
}
