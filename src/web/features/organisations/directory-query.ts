import { type Language, languages, OrganisationSort, OrganisationType } from '../../../shared/api/index';
import type { QueryOf } from '../../lib/api-client';

type Sort = (typeof OrganisationSort.options)[number];
type Type = (typeof OrganisationType.options)[number];

/** The directory's search, filters, sort and page: all of it lives in the URL query string. */
export interface DirectoryState {
  q: string;
  type: Type[];
  country: string[];
  regionId: string[];
  theme: string[];
  language: string[];
  /** Only organisations whose description lacks this language (translation help). */
  missingLanguage: Language | undefined;
  sort: Sort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}
export type FacetKey = 'type' | 'country' | 'regionId' | 'theme' | 'language';
export const facetKeys: readonly FacetKey[] = ['type', 'country', 'regionId', 'theme', 'language'];
export const pageSizes = [25, 50, 100, 200];

const csv = (value: string | null) => (value ?? '').split(',').filter(Boolean);
const oneOf = <T extends string>(options: readonly T[], value: unknown): value is T => options.includes(value as T);

/** Reads a (possibly hand-edited) query string; unknown values are dropped rather than sent. */
export function parseDirectoryState(params: URLSearchParams): DirectoryState {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    type: csv(params.get('type')).filter((v) => oneOf(OrganisationType.options, v)),
    country: csv(params.get('country')).filter((v) => /^[A-Z]{2}$/.test(v)),
    regionId: csv(params.get('regionId')),
    theme: csv(params.get('theme')),
    language: csv(params.get('language')).filter((v) => /^[a-z]{2}$/.test(v)),
    missingLanguage: languages.find((l) => l === params.get('missingLanguage')),
    sort: oneOf(OrganisationSort.options, sort) ? sort : 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: pageSizes.includes(pageSize) ? pageSize : 50,
  };
}

/** The query string for a state, leaving out defaults so shared links stay short. */
export function directoryParams(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of facetKeys) if (state[key].length > 0) params.set(key, state[key].join(','));
  if (state.missingLanguage) params.set('missingLanguage', state.missingLanguage);
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.order === 'desc') params.set('order', 'desc');
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== 50) params.set('pageSize', String(state.pageSize));
  return params;
}

/** The filter alone (for facet counts and the export). */
export function filterQuery(state: DirectoryState): QueryOf<'/api/organisations/facets'> {
  return {
    q: state.q,
    type: state.type,
    country: state.country,
    regionId: state.regionId,
    theme: state.theme,
    language: state.language,
    missingLanguage: state.missingLanguage,
  };
}

export function listQuery(state: DirectoryState): QueryOf<'/api/organisations'> {
  return { ...filterQuery(state), sort: state.sort, order: state.order, page: state.page, pageSize: state.pageSize };
}
