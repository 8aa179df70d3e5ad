import { z } from 'zod';

export const ImportKind = z.enum(['organisations', 'opportunities']);

export const ImportCreate = z.object({
  kind: ImportKind,
  filename: z.string().min(1).max(300).describe('ending in .csv or .xlsx'),
  contentBase64: z.string().min(1).describe('the file, base64-encoded'),
  mapping: z
    .record(z.string(), z.string())
    .optional()
    .describe('field → column header; omitted: the mapping remembered for these headers, or one guessed from them'),
});

export const ImportMapping = z.object({ mapping: z.record(z.string(), z.string()) });

export const ImportProblem = z.object({
  row: z.number().int().describe('spreadsheet row number (the header is row 1)'),
  column: z.string().describe('the column header'),
  message: z.string(),
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
