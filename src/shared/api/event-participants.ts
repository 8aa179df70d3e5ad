// An event's participants in and out of spreadsheets: the organiser's import (a preview that
// writes nothing, then all or nothing), the export, and the outcome report's query.
import { z } from 'zod';
import { ImportProblem } from './imports';
import { PublicRegistrationInput } from './event-registration';

export const ParticipantImportInput = z
  .object({
    filename: z.string().min(1).max(300).describe('ending in .csv or .xlsx'),
    contentBase64: z
      .string()
      .min(1)
      .max(Math.ceil((10 * 1024 * 1024) / 3) * 4, 'the file is larger than 10 MiB')
      .describe('the file, base64-encoded'),
  })
  .meta({ id: 'ParticipantImportInput' });

/**
 * One row of a participant file once read: the fields of a public registration (an existing
 * organisation of the name is reused), with the organisation's id instead of its name if known,
 * and the country needed only for an organisation that is new.
 */
export const ParticipantRow = PublicRegistrationInput.omit({ profile: true })
  .extend({
    organisationName: PublicRegistrationInput.shape.organisationName.optional(),
    organisationId: z.string().trim().min(1).max(100).optional(),
    country: PublicRegistrationInput.shape.country.optional(),
  })
  .refine((r) => r.organisationName !== undefined || r.organisationId !== undefined, {
    message: 'give the organisation’s name or id',
    path: ['organisationName'],
  });

const ImportedStatus = z.enum(['registered', 'waitlisted']);

export const ParticipantImportPreview = z
  .object({
    filename: z.string(),
    rows: z.number().int(),
    problems: z.array(ImportProblem).describe('every problem by row and column; none: the file can be imported'),
    ignoredColumns: z.array(z.string()).describe('columns the import does not read (e.g. the status of an export)'),
    questionColumns: z.record(z.string(), z.string()).describe('question id → the column its answers come from'),
    participants: z.array(
      z.object({
        row: z.number().int(),
        delegateName: z.string(),
        delegateEmail: z.string(),
        organisationName: z.string(),
        organisationId: z.string().nullable().describe('the existing organisation reused; null: a new one is created'),
        attendance: z.enum(['on-site', 'online', 'either']),
        status: ImportedStatus.describe('registered, or waitlisted when the event would be full'),
      }),
    ),
    counts: z.object({ registered: z.number().int(), waitlisted: z.number().int(), newOrganisations: z.number().int(), reusedOrganisations: z.number().int() }),
  })
  .meta({ id: 'ParticipantImportPreview' });
export type ParticipantImportPreview = z.infer<typeof ParticipantImportPreview>;

export const ParticipantImportResult = z
  .object({
    created: z.number().int(),
    registered: z.number().int(),
    waitlisted: z.number().int(),
    newOrganisations: z.number().int(),
    reusedOrganisations: z.number().int(),
  })
  .meta({ id: 'ParticipantImportResult' });

export const ParticipantExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  status: z.enum(['registered', 'cancelled', 'waitlisted', 'pending-approval']).optional().describe('only registrations of this status (the view’s filter)'),
  lang: z.enum(['nl', 'en', 'zh']).optional().describe('language of the status and attendance words; default: the language of your account'),
});
