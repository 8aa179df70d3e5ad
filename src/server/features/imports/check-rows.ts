import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  ImportProblemCode,
  IssueCode,
  type LocalizedText,
  OpportunityInput,
  OrganisationInput,
  OrganisationProfile,
  codeOfZodIssue,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import type { ImportProblem } from '../../db/schema/matching';
import { organisationIdFor } from '../organisations/organisation-id';
import type { Progress } from '../jobs/jobs.service';
import { FIELDS, REQUIRED, tick } from './import-columns';
import * as repo from './imports.repository';
import { storable, UNSTORABLE, unstorableMessage } from './storable-text';
import { type ParsedTable, parseCsv, parseXlsx } from './tabular';

// Shared by the preview and the commit, which checks again before it writes.

const langs = ['nl', 'en', 'zh'] as const;

export async function parseBatch(batch: Pick<repo.BatchRow, 'format' | 'content'>): Promise<ParsedTable> {
  return batch.format === 'csv' ? parseCsv(batch.content) : parseXlsx(batch.content);
}

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

/** Every row checked against the same rules as the API; every problem named by row and column. */
export async function checkRows(db: Db, batch: repo.BatchRow, table: ParsedTable, progress: Progress): Promise<Checked> {
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
      if (!id && get('name')) id = organisationIdFor(get('name'));
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
