import { ErrorCode, ImportProblemCode, IssueCode, codeOfZodIssue } from '../../../shared/api';
import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type ImportCreate, type LocalizedText, OpportunityInput, OrganisationInput, OrganisationProfile } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db } from '../../db/open-database';
import type { ImportProblem } from '../../db/schema/matching';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob, type Job, jobsOf, type Progress } from '../jobs/jobs.service';
import { opportunityRowValues } from '../opportunities/opportunities.service';
import { FIELDS, type Kind, requireManager, tick } from './import-columns';
import * as repo from './imports.repository';
import { storable, storableMapping, storableProblem, UNSTORABLE, unstorableMessage } from './storable-text';
import { type ParsedTable, UnreadableFile, parseCsv, parseXlsx } from './tabular';

export { toCsv as tableToCsv, toXlsx as tableToXlsx, type Table } from './tabular';
export { formulaSafe } from './spreadsheet-safety';
export { UNSTORABLE, storable } from './storable-text';
export { exportOrganisations, exportTable } from './export-table';

const langs = ['nl', 'en', 'zh'] as const;
const REQUIRED: Record<Kind, readonly string[]> = {
  organisations: ['name', 'type', 'country'],
  opportunities: ['regionId', 'themes'],
};
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

async function parse(batch: Pick<repo.BatchRow, 'format' | 'content'>): Promise<ParsedTable> {
  return batch.format === 'csv' ? parseCsv(batch.content) : parseXlsx(batch.content);
}

// ── Upload, mapping ─────────────────────────────────────────────────────────

export async function createImport(db: Db, actor: Actor, input: z.output<typeof ImportCreate>) {
  requireManager(actor);
  const format = input.filename.toLowerCase().endsWith('.xlsx') ? 'xlsx' : input.filename.toLowerCase().endsWith('.csv') ? 'csv' : null;
  if (!format) throw invalid([{ path: 'filename', message: 'a .csv or .xlsx file is needed' }]);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw invalid([{ path: 'contentBase64', message: 'the file is empty' }]);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await repo.insertBatch(tx, {
      id,
      kind: input.kind,
      filename: input.filename,
      format,
      content,
      mapping: input.mapping ?? {},
      createdBy: actorLabel(actor),
    });
    await enqueueJob(tx, 'import-preview', id);
  });
  return getImport(db, actor, id);
}

export async function setMapping(db: Db, actor: Actor, id: string, mapping: Record<string, string>) {
  requireManager(actor);
  await db.transaction(async (tx) => {
    const batch = await repo.findBatchSummary(tx, id);
    if (!batch) throw notFound('Import', id);
    if (batch.state === 'committing' || batch.state === 'committed')
      throw conflict(ErrorCode.importNotReady, `Import "${id}" is ${batch.state}; upload the file again`);
    await repo.updateBatch(tx, id, { mapping, mappingReused: false, state: 'analysing', problems: [], error: null });
    await enqueueJob(tx, 'import-preview', id);
  });
  return getImport(db, actor, id);
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

export async function importProgress(db: Db, actor: Actor, id: string) {
  requireManager(actor);
  const batch = await repo.findBatchSummary(db, id);
  if (!batch) throw notFound('Import', id);
  const [job] = [...(await jobsOf(db, 'import-commit', id)), ...(await jobsOf(db, 'import-preview', id))].sort((a, b) => b.id - a.id);
  return {
    id,
    state: batch.state,
    phase: job?.phase ?? null,
    total: job?.total ?? batch.rowCount,
    done: job?.done ?? 0,
    created: batch.created,
  };
}

export async function commitImport(db: Db, actor: Actor, id: string) {
  requireManager(actor);
  await db.transaction(async (tx) => {
    const batch = await repo.findBatchSummary(tx, id);
    if (!batch) throw notFound('Import', id);
    if (batch.state !== 'ready') {
      throw batch.state === 'has-problems'
        ? conflict(ErrorCode.importHasProblems, `Import "${id}" has ${batch.problems.length} problem(s); fix the file or the mapping first`, {
            problems: batch.problems.length,
          })
        : conflict(ErrorCode.importNotReady, `Import "${id}" is ${batch.state}, not ready to commit`);
    }
    await repo.updateBatch(tx, id, { state: 'committing' });
    await enqueueJob(tx, 'import-commit', id);
    await recordAudit(tx, actor, {
      entityType: 'import',
      entityId: id,
      action: 'commit-requested',
      after: { kind: batch.kind, filename: batch.filename, rows: batch.rowCount, uploadedBy: batch.createdBy },
    });
  });
  return importProgress(db, actor, id);
}

// ── Checking and writing (background jobs) ──────────────────────────────────

type Checked = {
  problems: ImportProblem[];
  organisations: { o: z.output<typeof OrganisationInput> & { id: string }; profile: z.output<typeof OrganisationProfile> | null }[];
  opportunities: (z.output<typeof OpportunityInput> & { id: string })[];
};

const list = (v: string) =>
  v
    .split(/[,;|]/)
    .map((s) => s.trim())
    .filter(Boolean);

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Every row checked against the same rules as the API; every problem named by row and column. */
async function check(db: Db, batch: repo.BatchRow, table: ParsedTable, progress: Progress): Promise<Checked> {
  const kind = batch.kind;
  const mapping = batch.mapping;
  const problems: ImportProblem[] = [];
  const column = (field: string) => mapping[field] ?? field;
  for (const field of REQUIRED[kind]) {
    if (!mapping[field])
      problems.push({
        row: 1,
        column: field,
        message: `no column is mapped to the required field "${field}"`,
        code: ImportProblemCode.unmappedRequired,
        params: { field },
      });
  }
  for (const [field, header] of Object.entries(mapping)) {
    if (!FIELDS[kind].includes(field))
      problems.push({ row: 1, column: header, message: `unknown field "${field}"`, code: ImportProblemCode.unknownField, params: { field } });
    else if (!table.headers.includes(header))
      problems.push({
        row: 1,
        column: header,
        message: `the file has no column "${header}"`,
        code: ImportProblemCode.missingColumn,
        params: { column: storable(header) },
      });
  }
  if (problems.length) return { problems, organisations: [], opportunities: [] };
  const at = new Map(table.headers.map((h, i) => [h, i]));
  table.headers.forEach((header, i) => {
    if (UNSTORABLE.test(header))
      problems.push({ row: 1, column: storable(header) || `column ${i + 1}`, message: unstorableMessage, code: ImportProblemCode.unstorable });
  });
  const regions = await repo.regionIds(db);
  const out: Checked = { problems, organisations: [], opportunities: [] };
  const seen = new Map<string, number>();
  await progress({ phase: 'checking', total: table.rows.length, done: 0 });
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    const rowNumber = table.rowNumbers[r] ?? r + 2;
    const get = (field: string) => {
      const header = mapping[field];
      return header === undefined ? '' : (cells[at.get(header)!] ?? '').trim();
    };
    const problem = (field: string, message: string, coded: Pick<ImportProblem, 'code' | 'params'>) =>
      problems.push({ row: rowNumber, column: column(field), message, ...coded });
    const zodProblem = (field: string, issue: Parameters<typeof codeOfZodIssue>[0]) => problem(field, issue.message, codeOfZodIssue(issue));
    cells.forEach((cell, i) => {
      if (UNSTORABLE.test(cell))
        problems.push({
          row: rowNumber,
          column: storable(table.headers[i] ?? '') || `column ${i + 1}`,
          message: unstorableMessage,
          code: ImportProblemCode.unstorable,
        });
    });
    const localized = (prefix: string): LocalizedText | null => {
      const texts = Object.fromEntries(langs.map((l) => [l, get(`${prefix}_${l}`)]).filter(([, v]) => v));
      if (Object.keys(texts).length === 0) return null;
      const given = get('language');
      const original = (given || langs.find((l) => texts[l])) as LocalizedText['original'];
      return { original, ...texts } as LocalizedText;
    };
    const fieldOf = (path: PropertyKey[]): string => {
      const [head, sub] = path.map(String);
      if ((head === 'title' || head === 'description') && sub && (langs as readonly string[]).includes(sub)) return `${head}_${sub}`;
      if ((head === 'title' || head === 'description') && sub === 'original') return 'language';
      if (head === 'title') return 'title_en';
      return head ?? 'id';
    };
    let id = get('id');
    if (kind === 'organisations') {
      // A name without Latin letters (机构名称) gives no slug: a short random id then.
      if (!id && get('name')) id = slugOf(get('name')) || `org-${randomUUID().slice(0, 8)}`;
      const parsed = OrganisationInput.safeParse({
        id: id || undefined,
        name: get('name'),
        type: get('type'),
        country: get('country').toUpperCase(),
        homeRegionId: get('homeRegionId') || null,
        website: get('website') || null,
        description: localized('description'),
        visibility: get('visibility') || undefined,
      });
      const profile = OrganisationProfile.safeParse({
        sectors: list(get('sectors')),
        languages: list(get('languages')),
        size: get('size') || null,
      });
      if (!parsed.success) for (const issue of parsed.error.issues) zodProblem(fieldOf(issue.path), issue);
      if (!profile.success) for (const issue of profile.error.issues) zodProblem(String(issue.path[0] ?? 'sectors'), issue);
      const region = get('homeRegionId');
      if (region && !regions.has(region))
        problem('homeRegionId', `region "${region}" does not exist`, { code: IssueCode.unknownReference, params: { value: region } });
      if (parsed.success && profile.success) {
        const hasProfile = get('sectors') || get('languages') || get('size');
        out.organisations.push({ o: { ...parsed.data, id: parsed.data.id ?? id }, profile: hasProfile ? profile.data : null });
      }
    } else {
      if (!id) id = randomUUID();
      const parsed = OpportunityInput.safeParse({
        id,
        regionId: get('regionId'),
        title: localized('title') ?? { original: get('language') || 'en' },
        description: localized('description'),
        themes: list(get('themes')),
        industries: list(get('industries')),
        status: get('status') || undefined,
        visibility: get('visibility') || undefined,
        source: get('source') || null,
      });
      if (!parsed.success) for (const issue of parsed.error.issues) zodProblem(fieldOf(issue.path), issue);
      const region = get('regionId');
      if (region && !regions.has(region))
        problem('regionId', `region "${region}" does not exist`, { code: IssueCode.unknownReference, params: { value: region } });
      if (parsed.success) out.opportunities.push({ ...parsed.data, id });
    }
    if (id) {
      const first = seen.get(id);
      if (first !== undefined)
        problem('id', `the id "${id}" is also on row ${first}`, { code: ImportProblemCode.duplicateInFile, params: { id: storable(id), row: first } });
      else seen.set(id, rowNumber);
    }
    if (r % 500 === 499) {
      await progress({ done: r + 1 });
      await tick();
    }
  }
  const taken = await repo.existingIds(db, kind, [...seen.keys()]);
  for (const [id, row] of seen) {
    if (taken.has(id))
      problems.push({
        row,
        column: column(mapping.id ? 'id' : 'name'),
        message: `"${id}" already exists`,
        code: ImportProblemCode.alreadyExists,
        params: { id: storable(id) },
      });
  }
  problems.sort((a, b) => a.row - b.row);
  return out;
}

/**
 * Parses the file, remembers the mapping for its headers or offers the one remembered (flagged
 * `mappingReused`: the user confirms it, since another file with the same headers may have meant
 * something else), and lists every problem.
 */
async function preview(db: Db, id: string, progress: Progress) {
  const batch = await repo.findBatch(db, id);
  if (!batch) return;
  const table = await parse(batch);
  const key = headerKeyOf(batch.kind, table.headers);
  let mapping = batch.mapping;
  let mappingReused = false;
  if (Object.keys(mapping).length === 0) {
    const remembered = await repo.findMapping(db, key);
    mappingReused = remembered !== undefined;
    mapping = remembered ?? suggestMapping(batch.kind, table.headers);
  } else if (!Object.values(mapping).some((header) => UNSTORABLE.test(header))) await repo.saveMapping(db, key, mapping);
  const checked = await check(db, { ...batch, mapping }, table, progress);
  await repo.updateBatch(db, id, {
    headers: table.headers.map(storable),
    mapping: storableMapping(mapping),
    mappingReused,
    rowCount: table.rows.length,
    problems: checked.problems.map(storableProblem),
    state: checked.problems.length ? 'has-problems' : 'ready',
  });
}

/**
 * Checks again (the database may have changed since the preview), then writes every row in one
 * transaction: all or nothing. Matching is enqueued by the database triggers.
 */
async function commit(db: Db, id: string, progress: Progress) {
  const batch = await repo.findBatch(db, id);
  if (!batch || batch.state !== 'committing') return;
  const table = await parse(batch);
  const checked = await check(db, batch, table, progress);
  if (checked.problems.length) {
    await repo.updateBatch(db, id, { problems: checked.problems.map(storableProblem), state: 'has-problems' });
    return;
  }
  await progress({ phase: 'writing', total: table.rows.length, done: 0 });
  // Written by the background job; the audit trail names the user through the import's id
  // ('commit-requested' entry of the user who asked for it) and lists every record created.
  const actor = { kind: 'system' as const, label: `import ${id}` };
  await db.transaction(async (tx) => {
    if (batch.kind === 'organisations') {
      await repo.insertOrganisations(
        tx,
        checked.organisations.map(({ o }) => ({ ...o, notes: o.notes ?? null })),
      );
      const profiles = checked.organisations.filter((x) => x.profile);
      await repo.insertProfiles(
        tx,
        profiles.map(({ o, profile }) => ({ organisationId: o.id, ...profile!, size: profile!.size })),
      );
    } else {
      await repo.insertOpportunities(
        tx,
        checked.opportunities.map(
          ({ id: oid, ...values }) => ({ id: oid, ...opportunityRowValues(values) }) as unknown as Parameters<typeof repo.insertOpportunities>[1][number],
        ),
      );
    }
    const count = batch.kind === 'organisations' ? checked.organisations.length : checked.opportunities.length;
    await repo.updateBatch(tx, id, { state: 'committed', created: count, problems: [] });
    await recordAudit(tx, actor, {
      entityType: 'import',
      entityId: id,
      action: 'import',
      after: {
        kind: batch.kind,
        filename: batch.filename,
        rows: count,
        uploadedBy: batch.createdBy,
        ids: batch.kind === 'organisations' ? checked.organisations.map(({ o }) => o.id) : checked.opportunities.map((o) => o.id),
      },
    });
  });
  await progress({ phase: 'done', done: table.rows.length });
}

/**
 * The 'import' family of background jobs. Every failure ends the import in `failed` with a
 * message that can be stored (an unreadable file, too many rows, a database error), so no import
 * waits forever in `analysing` or `committing`.
 */
export async function runImportJobs(db: Db, jobs: Job[], progress: Progress): Promise<void> {
  for (const job of jobs) {
    try {
      if (job.kind === 'import-preview') await preview(db, job.target, progress);
      else if (job.kind === 'import-commit') await commit(db, job.target, progress);
    } catch (error) {
      const reason = error instanceof UnreadableFile ? error.message : `the import failed: ${error instanceof Error ? error.message : String(error)}`;
      await repo.updateBatch(db, job.target, { state: 'failed', error: storable(reason).slice(0, 2000) });
      throw new Error(storable(reason).slice(0, 2000));
    }
  }
}
