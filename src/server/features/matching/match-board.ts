import type { z } from 'zod';
import { ErrorCode, type MatchBoardQuery, type MatchStatus, matchStatuses } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden } from '../../errors';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { explanationRenderer } from './explanation';
import { toItem } from './matching-views';
import * as repo from './matching.repository';

export async function matchBoard(db: Db, actor: Actor, q: z.output<typeof MatchBoardQuery>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins see the pipeline board');
  const filter: repo.MatchFilter = {
    status: q.status,
    regionId: q.regionId,
    theme: q.theme,
    ownerId: q.ownerId,
    overdue: q.overdue,
    q: q.q || undefined,
    organisationId: q.organisationId,
    opportunityId: q.opportunityId,
  };
  const sort: repo.MatchSort = { by: q.sort, order: q.order ?? (q.sort === 'score' ? 'desc' : 'asc'), lang: q.lang };
  const everything = q.format !== 'json';
  const [rows, total, counts, { scheme }] = await Promise.all([
    repo.listMatches(db, filter, everything ? 100_000 : q.pageSize, everything ? 0 : (q.page - 1) * q.pageSize, sort),
    repo.countMatches(db, filter),
    repo.countByStatus(db, { ...filter, status: undefined }),
    loadScheme(db),
  ]);
  const statusCounts = Object.fromEntries(matchStatuses.map((s) => [s, counts.get(s) ?? 0])) as Record<MatchStatus, number>;
  const explain = await explanationRenderer(scheme, q.lang);
  return {
    items: rows.map((r) => toItem(r, explain, q.lang, actor)),
    total,
    page: everything ? 1 : q.page,
    pageSize: everything ? total : q.pageSize,
    statusCounts,
  };
}

/** Columns of the board's CSV/XLSX export. */
export function boardTable(items: Awaited<ReturnType<typeof matchBoard>>['items']) {
  const headers = [
    'opportunityId',
    'opportunityTitle',
    'regionId',
    'organisationId',
    'organisationName',
    'score',
    'rank',
    'status',
    'note',
    'statusChangedAt',
    'statusChangedBy',
    'explanation',
    'ownerName',
    'nextActionOn',
    'themes',
  ];
  const rows = items.map((i) => [
    i.opportunityId,
    i.opportunityTitle,
    i.regionId,
    i.organisationId,
    i.organisationName,
    String(i.score),
    String(i.rank),
    i.status,
    i.note ?? '',
    i.statusChangedAt ?? '',
    i.statusChangedBy ?? '',
    i.explanation.text,
    i.ownerName ?? '',
    i.nextActionOn ?? '',
    i.themes.join(' '),
  ]);
  return { headers, rows };
}
