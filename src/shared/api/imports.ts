import { z } from 'zod';

export const ImportKind = z.enum(['organisations', 'opportunities']);

export const ImportCreate = z.object({
  kind: ImportKind,
  filename: z.string().min(1).max(300).describe('ending in .csv or .xlsx'),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((48 * 1024 * 1024) / 3) * 4, 'the file is larger than 48 MiB')
    .describe('the file, base64-encoded'),
  mapping: z
    .record(z.string().max(100), z.string().max(300))
    .optional()
    .describe('field → column header; omitted: the mapping remembered for these headers, or one guessed from them'),
});

export const ImportMapping = z.object({ mapping: z.record(z.string().max(100), z.string().max(300)) });

/**
 * What is wrong with a row or the mapping, besides a field's own `IssueCode` (required, too_long,
 * invalid_enum…): the web words each in the reader's language under `matching:imports.problem.<code>`.
 */
export const ImportProblemCode = {
  /** params.field: a required field no column is mapped to. */
  unmappedRequired: 'unmapped_required',
  /** params.field: the mapping names a field the import does not know. */
  unknownField: 'unknown_field',
  /** params.column: the mapping names a column the file does not have. */
  missingColumn: 'missing_column',
  /** A NUL byte or a broken UTF-16 pair, which the database cannot store. */
  unstorable: 'unstorable',
  /** params.id, params.row: the same id on an earlier row of the file. */
  duplicateInFile: 'duplicate_in_file',
  /** params.id: a record with this id exists already. */
  alreadyExists: 'already_exists',
} as const;
export type ImportProblemCode = (typeof ImportProblemCode)[keyof typeof ImportProblemCode];

export const ImportProblem = z.object({
  row: z.number().int().describe('spreadsheet row number (the header is row 1)'),
  column: z.string().describe('the column header'),
  message: z.string().describe('English, for API clients'),
  code: z
    .string()
    .optional()
    .describe(
      'an IssueCode (required, too_long, invalid_enum, unknown_reference…) or an ImportProblemCode (unmapped_required, duplicate_in_file, already_exists…)',
    ),
  params: z.record(z.string(), z.unknown()).optional().describe('what the message is built from: field, column, id, row, minimum, allowed, value…'),
});

export const ImportState = z.enum(['analysing', 'ready', 'has-problems', 'committing', 'committed', 'failed']);

export const ImportPreview = z
  .object({
    id: z.string(),
    kind: ImportKind,
    filename: z.string(),
    format: z.enum(['csv', 'xlsx']),
    state: ImportState,
    headers: z.array(z.string()),
    fields: z.array(z.string()),
    required: z.array(z.string()),
    mapping: z.record(z.string(), z.string()),
    mappingReused: z
      .boolean()
      .describe('the mapping was taken from an earlier file with the same headers: show it for confirmation (PUT …/mapping confirms or changes it)'),
    counts: z.object({ rows: z.number().int(), rowsWithProblems: z.number().int(), problems: z.number().int(), created: z.number().int() }),
    problems: z.array(ImportProblem),
    error: z.string().nullable(),
  })
  .meta({ id: 'ImportPreview' });

export const ImportProgress = z.object({
  id: z.string(),
  state: ImportState,
  phase: z.string().nullable(),
  total: z.number().int(),
  done: z.number().int(),
  created: z.number().int(),
});

export const ExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
