// Reading an organiser's participant file: which column holds which field (the export's column
// names in nl, en or zh, the field's own key, or a few common synonyms), which columns answer the
// event's questions (named as the question, or by its id), and every row checked by the rules of a
// public registration, each problem named by its row and column. No database here: the use case
// adds what needs it (organisations, e-mail addresses already registered, capacity).
import type { z } from 'zod';
import { ImportProblemCode, IssueCode, ParticipantRow, codeOfZodIssue } from '../../../shared/api';
import { catalogue, type CatalogueLanguage } from '../../../shared/i18n';
import type { RegistrationQuestionValue } from '../../db/schema/events';
import type { ImportProblem } from '../../db/schema/matching';
import type { ParsedTable } from '../imports/tabular';
import { UNSTORABLE, storable } from '../imports/imports.service';

export const PARTICIPANT_FIELDS = ['name', 'nameZh', 'email', 'organisation', 'organisationId', 'country', 'language', 'languages', 'attendance'] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];
/** Columns of the export an import does not read back (the organiser's, not the participant's, facts). */
export const EXPORT_ONLY_COLUMNS = ['status', 'checkedIn', 'noShow', 'registeredAt'] as const;

const catalogueLanguages = Object.keys(catalogue) as CatalogueLanguage[];
const SYNONYMS: Partial<Record<ParticipantField, string[]>> = {
  name: ['delegate', 'delegatename', 'fullname'],
  nameZh: ['chinesename', 'namezh', '中文名'],
  email: ['emailaddress', 'mail', '邮箱'],
  organisation: ['organization', 'organisationname', 'company', '单位', '公司'],
  languages: ['spokenlanguages', '语言'],
  attendance: ['mode', 'attendancemode'],
};
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const namesOf = (key: string, words: (lang: CatalogueLanguage) => string, synonyms: string[] = []) =>
  new Set([key, ...catalogueLanguages.map(words), ...synonyms].map(norm));
const columnNames = Object.fromEntries(
  [...PARTICIPANT_FIELDS, ...EXPORT_ONLY_COLUMNS].map((f) => [
    f,
    namesOf(f, (l) => catalogue[l].eventParticipants.columns[f], SYNONYMS[f as ParticipantField]),
  ]),
) as Record<ParticipantField | (typeof EXPORT_ONLY_COLUMNS)[number], Set<string>>;

/** Attendance as written in any catalogue language (the export's words) or as its key. */
const attendanceWords = new Map(
  (['on-site', 'online', 'either'] as const).flatMap((mode) =>
    [
      ...namesOf(
        mode,
        (l) => catalogue[l].events.attendanceModes[mode],
        mode === 'on-site' ? ['onsite', '线下'] : mode === 'online' ? ['线上', '在线'] : ['beide', 'both', '均可'],
      ),
    ].map((w) => [w, mode]),
  ),
);
/** nl, en, zh as codes or as their names in those languages ("Chinees", "中文", "English"…). */
const languageWords = new Map(
  (['nl', 'en', 'zh'] as const).flatMap((code) =>
    [
      code,
      ...catalogueLanguages.map((l) => new Intl.DisplayNames([l], { type: 'language' }).of(code) ?? code),
      ...(code === 'zh' ? ['中文', 'chinese'] : []),
    ].map((w) => [norm(w), code]),
  ),
);
const languageOf = (word: string) => languageWords.get(norm(word)) ?? word.trim().toLowerCase();

export type ParticipantInput = z.output<typeof ParticipantRow>;
export type ReadParticipants = {
  problems: ImportProblem[];
  rows: { row: number; input: ParticipantInput }[];
  ignoredColumns: string[];
  questionColumns: Record<string, string>;
  /** The column each field was read from (for naming a problem found later). */
  columnOf: (field: ParticipantField) => string;
};

/** Which zod path belongs to which field (answers: the question's column). */
function fieldOfPath(path: readonly PropertyKey[]): ParticipantField | `answers.${string}` {
  const [head, sub] = path.map(String);
  if (head === 'answers') return `answers.${sub}`;
  const fields: Record<string, ParticipantField> = { delegateName: 'name', delegateEmail: 'email', organisationName: 'organisation' };
  return fields[head ?? ''] ?? ((PARTICIPANT_FIELDS as readonly string[]).includes(head ?? '') ? (head as ParticipantField) : 'name');
}

export function readParticipants(table: ParsedTable, questions: RegistrationQuestionValue[], defaultLanguage: 'nl' | 'en' | 'zh'): ReadParticipants {
  const problems: ImportProblem[] = [];
  const at = new Map<string, number>();
  const questionColumns: Record<string, string> = {};
  const ignoredColumns: string[] = [];
  table.headers.forEach((header, i) => {
    const n = norm(header);
    const field = (Object.keys(columnNames) as (keyof typeof columnNames)[]).find((f) => columnNames[f].has(n));
    const question = questions.find((q) => norm(q.text) === n || norm(q.id) === n);
    if (field && (PARTICIPANT_FIELDS as readonly string[]).includes(field) && !at.has(field)) at.set(field, i);
    else if (question && !(question.id in questionColumns)) {
      questionColumns[question.id] = header;
      at.set(`answers.${question.id}`, i);
    } else if (header) ignoredColumns.push(storable(header));
    if (UNSTORABLE.test(header))
      problems.push({ row: 1, column: storable(header), message: 'contains a character that cannot be stored', code: ImportProblemCode.unstorable });
  });
  const columnOf = (field: string) => {
    const i = at.get(field);
    return i === undefined ? field : storable(table.headers[i]!);
  };
  const required: [ParticipantField, ParticipantField?][] = [['name', 'nameZh'], ['email'], ['organisation', 'organisationId']];
  for (const [field, or] of required) {
    if (!at.has(field) && !(or && at.has(or)))
      problems.push({
        row: 1,
        column: field,
        message: `no column holds the required field "${field}"`,
        code: ImportProblemCode.unmappedRequired,
        params: { field },
      });
  }
  if (problems.length) return { problems, rows: [], ignoredColumns, questionColumns, columnOf };

  const rows: ReadParticipants['rows'] = [];
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((cells, r) => {
    const row = table.rowNumbers[r] ?? r + 2;
    const get = (field: string) => {
      const i = at.get(field);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const problem = (field: string, message: string, coded: Pick<ImportProblem, 'code' | 'params'>) =>
      problems.push({
        row,
        column: columnOf(field),
        message,
        code: coded.code,
        params: { ...coded.params, field: field.startsWith('answers.') ? 'answers' : field },
      });
    let unstorable = false;
    cells.forEach((cell, i) => {
      if (!UNSTORABLE.test(cell)) return;
      unstorable = true;
      problems.push({
        row,
        column: storable(table.headers[i] ?? '') || `${i + 1}`,
        message: 'contains a character that cannot be stored',
        code: ImportProblemCode.unstorable,
      });
    });
    if (unstorable) return;
    const name = get('name');
    const nameZh = get('nameZh');
    // One name field holds both scripts, as a badge prints it: "Wang Wei 王伟".
    const delegateName = [name, nameZh && !name.includes(nameZh) ? nameZh : ''].filter(Boolean).join(' ');
    const language = get('language') ? languageOf(get('language')) : defaultLanguage;
    const languages = get('languages')
      ? get('languages')
          .split(/[,;|/、，]+/)
          .map((w) => w.trim())
          .filter(Boolean)
          .map(languageOf)
      : [language];
    const attendance = get('attendance');
    const answers = Object.fromEntries(
      Object.keys(questionColumns)
        .map((id) => [id, get(`answers.${id}`)])
        .filter(([, v]) => v),
    );
    const parsed = ParticipantRow.safeParse({
      delegateName,
      delegateEmail: get('email'),
      organisationName: get('organisation') || undefined,
      organisationId: get('organisationId') || undefined,
      country: get('country').toUpperCase() || undefined,
      languages,
      attendance: attendance ? (attendanceWords.get(norm(attendance)) ?? attendance) : undefined,
      answers,
      language,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem(fieldOfPath(issue.path), issue.message, codeOfZodIssue(issue));
      // zod checks "a name or an id" only once the rest is valid: said at once here, with the rest.
      if (!get('organisation') && !get('organisationId')) problem('organisation', 'give the organisation’s name or id', { code: IssueCode.required });
      return;
    }
    const email = parsed.data.delegateEmail;
    const first = firstRowOf.get(email);
    if (first !== undefined) {
      problem('email', `the e-mail address "${email}" is also on row ${first}`, { code: ImportProblemCode.duplicateInFile, params: { id: email, row: first } });
      return;
    }
    firstRowOf.set(email, row);
    rows.push({ row, input: parsed.data });
  });
  return { problems, rows, ignoredColumns, questionColumns, columnOf };
}

/** A problem found once the rows are read (an unknown organisation id, a missing country…). */
export const rowProblem = (
  read: ReadParticipants,
  row: number,
  field: ParticipantField,
  message: string,
  code: string,
  params: Record<string, unknown> = {},
): ImportProblem => ({
  row,
  column: read.columnOf(field),
  message,
  code,
  params: { ...params, field },
});
