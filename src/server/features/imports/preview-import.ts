import { createHash } from 'node:crypto';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import type { Progress } from '../jobs/jobs.service';
import { checkRows, parseBatch } from './check-rows';
import { FIELDS, type Kind, REQUIRED, requireManager } from './import-columns';
import * as repo from './imports.repository';
import { storable, storableMapping, storableProblem, UNSTORABLE } from './storable-text';

/** Other names a header may carry (normalised: lower case, letters and digits only). */
const ALIASES: Record<string, string[]> = {
  name: ['naam', 'organisation', 'organisatie', 'organization', '名称', '机构名称'],
  type: ['soort', '类型'],
  country: ['land', '国家'],
  homeRegionId: ['region', 'regio', 'homeregion', '地区'],
  regionId: ['region', 'regio', '地区'],
  website: ['url', 'web', '网站'],
  language: ['lang', 'taal', '语言', 'originallanguage'],
  sectors: ['sector', 'sectoren', '行业'],
};

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const headerKeyOf = (kind: Kind, headers: string[]) =>
  `${kind}:${createHash('sha256')
    .update(JSON.stringify([...headers].map(norm).sort()))
    .digest('hex')
    .slice(0, 32)}`;

function suggestMapping(kind: Kind, headers: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const field of FIELDS[kind]) {
    const names = [norm(field), ...(ALIASES[field] ?? []).map(norm)];
    const header = headers.find((h) => names.includes(norm(h)));
    if (header) mapping[field] = header;
  }
  return mapping;
}

export async function getImport(db: Db, actor: Actor, id: string) {
  requireManager(actor);
  const batch = await repo.findBatchSummary(db, id);
  if (!batch) throw notFound('Import', id);
  const rowsWithProblems = new Set(batch.problems.map((p) => p.row)).size;
  return {
    id: batch.id,
    kind: batch.kind,
    filename: batch.filename,
    format: batch.format,
    state: batch.state,
    headers: batch.headers,
    fields: [...FIELDS[batch.kind]],
    required: [...REQUIRED[batch.kind]],
    mapping: batch.mapping,
    mappingReused: batch.mappingReused,
    counts: { rows: batch.rowCount, rowsWithProblems, problems: batch.problems.length, created: batch.created },
    problems: batch.problems,
    error: batch.error,
  };
}

/**
 * Parses the file, remembers the mapping for its headers or offers the one remembered (flagged
 * `mappingReused`: the user confirms it, since another file with the same headers may have meant
 * something else), and lists every problem.
 */
export async function previewImport(db: Db, id: string, progress: Progress) {
  const batch = await repo.findBatch(db, id);
  if (!batch) return;
  const table = await parseBatch(batch);
  const key = headerKeyOf(batch.kind, table.headers);
  let mapping = batch.mapping;
  let mappingReused = false;
  if (Object.keys(mapping).length === 0) {
    const remembered = await repo.findMapping(db, key);
    mappingReused = remembered !== undefined;
    mapping = remembered ?? suggestMapping(batch.kind, table.headers);
  } else if (!Object.values(mapping).some((header) => UNSTORABLE.test(header))) await repo.saveMapping(db, key, mapping);
  const checked = await checkRows(db, { ...batch, mapping }, table, progress);
  await repo.updateBatch(db, id, {
    headers: table.headers.map(storable),
    mapping: storableMapping(mapping),
    mappingReused,
    rowCount: table.rows.length,
    problems: checked.problems.map(storableProblem),
    state: checked.problems.length ? 'has-problems' : 'ready',
  });
}
