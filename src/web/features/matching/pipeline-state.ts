import { type Language, type MatchStatus, matchStatuses } from '../../../shared/api';
import type { QueryOf } from '../../lib/api-client';

/** What the pipeline page shows, kept in the address bar so a view can be linked to and survives reload. */
export type PipelineState = {
  view: 'board' | 'table';
  q: string;
  regionId: string;
  themes: string[];
  /** A user id, 'none' (nobody owns it) or '' (anyone). */
  ownerId: string;
  status: MatchStatus[];
  overdue: boolean;
  page: number;
  pageSize: number;
  sort: PipelineSort;
  order: 'asc' | 'desc';
};
export const pipelineSorts = ['score', 'status', 'opportunity', 'organisation', 'nextAction'] as const;
export type PipelineSort = (typeof pipelineSorts)[number];
export const pageSizes = [25, 50, 100] as const;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const isStatus = (s: string): s is MatchStatus => (matchStatuses as readonly string[]).includes(s);

export function parsePipelineState(params: URLSearchParams): PipelineState {
  const sort = params.get('sort');
  const size = Number(params.get('pageSize'));
  return {
    view: params.get('view') === 'table' ? 'table' : 'board',
    q: params.get('q') ?? '',
    regionId: params.get('region') ?? '',
    themes: list(params.get('themes')),
    ownerId: params.get('owner') ?? '',
    status: list(params.get('status')).filter(isStatus),
    overdue: params.get('overdue') === 'true',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : 25,
    sort: (pipelineSorts as readonly string[]).includes(sort ?? '') ? (sort as PipelineSort) : 'score',
    order: params.get('order') === 'asc' ? 'asc' : params.get('order') === 'desc' ? 'desc' : sort && sort !== 'score' ? 'asc' : 'desc',
  };
}

/** Only what differs from the defaults goes into the address. */
export function pipelineParams(s: PipelineState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.view === 'table') p.set('view', 'table');
  if (s.q) p.set('q', s.q);
  if (s.regionId) p.set('region', s.regionId);
  if (s.themes.length) p.set('themes', s.themes.join(','));
  if (s.ownerId) p.set('owner', s.ownerId);
  if (s.status.length) p.set('status', s.status.join(','));
  if (s.overdue) p.set('overdue', 'true');
  if (s.page > 1) p.set('page', String(s.page));
  if (s.pageSize !== 25) p.set('pageSize', String(s.pageSize));
  if (s.sort !== 'score') p.set('sort', s.sort);
  if (s.order !== (s.sort === 'score' ? 'desc' : 'asc')) p.set('order', s.order);
  return p;
}

/** The filters as the API reads them (GET /api/matches), shared by the board, the table and the export. */
export function filterQuery(s: PipelineState, lang: Language): QueryOf<'/api/matches'> {
  return {
    q: s.q.trim(),
    regionId: s.regionId,
    theme: s.themes,
    ownerId: s.ownerId,
    status: s.status,
    overdue: s.overdue ? 'true' : undefined,
    lang,
  };
}

/** Today as the API's calendar day (YYYY-MM-DD), in the reader's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const isOverdue = (nextActionOn: string | null | undefined) => !!nextActionOn && nextActionOn < today();
