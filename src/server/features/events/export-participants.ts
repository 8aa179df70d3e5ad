// The organiser's export of an event's participants (CSV or XLSX), in the reader's language: the
// column names and words of the catalogue, which the participant import recognises in every
// language, so an export edited in a spreadsheet imports again (its status columns are left out).
import type { z } from 'zod';
import type { ParticipantExportQuery } from '../../../shared/api';
import { type CatalogueLanguage, translatorFor } from '../../../shared/i18n';
import type { Db } from '../../db/open-database';
import type { Table } from '../imports/tabular';
import { eventOf } from './import-participants';
import { EXPORT_ONLY_COLUMNS } from './participant-rows';
import { registrationsWithOrganisation } from './participants-io.repository';

const COLUMNS = ['name', 'email', 'organisation', 'organisationId', 'country', 'language', 'languages', 'attendance', ...EXPORT_ONLY_COLUMNS] as const;

export async function exportParticipants(
  db: Db,
  eventId: string,
  query: Pick<z.output<typeof ParticipantExportQuery>, 'status'>,
  lang: CatalogueLanguage,
): Promise<Table & { title: string }> {
  const event = await eventOf(db, eventId);
  const t = await translatorFor(lang);
  const regs = (await registrationsWithOrganisation(db, event.id)).filter((r) => !query.status || r.status === query.status);
  const questions = event.registrationQuestions;
  const yes = (at: string | null) => (at ? t('eventParticipants:yes') : '');
  return {
    title: event.title,
    headers: [...COLUMNS.map((c) => t(`eventParticipants:columns.${c}`)), ...questions.map((q) => q.text)],
    rows: regs.map((r) => [
      r.delegateName,
      r.delegateEmail,
      r.organisationName,
      r.organisationId,
      r.country,
      r.language ?? '',
      r.languages.join(', '),
      t(`events:attendanceModes.${r.attendance}`),
      t(`eventParticipants:statuses.${r.status}`),
      yes(r.checkedInAt),
      yes(r.noShowAt),
      r.createdAt.slice(0, 10),
      ...questions.map((q) => r.answers[q.id] ?? ''),
    ]),
  };
}
