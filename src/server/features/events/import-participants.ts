// The organiser imports an event's participants from a CSV or XLSX file: a preview that writes
// nothing (every problem by row and column, what each row would become), then the import, which
// checks the file again under the event's lock and writes every row or none.
//
// Imported participants are the organiser's own choice: they need no approval, but they do not
// bypass capacity — once the places are taken the further rows join the waitlist, in file order.
// An organisation named like an existing one (any letter case), or given by id, is reused; a new
// one is created once for all its rows. Each participant gets the e-mail of a public registration,
// in their language, with the private link to manage their registration.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ErrorCode, ImportProblemCode, IssueCode, type ParticipantImportInput, type ParticipantImportPreview } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import type { ImportProblem } from '../../db/schema/matching';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { parseCsv, parseXlsx, UnreadableFile } from '../imports/tabular';
import * as repo from './events.repository';
import type { EventRow } from './events.repository';
import { type ReadParticipants, readParticipants, rowProblem } from './participant-rows';
import * as ioRepo from './participants-io.repository';
import * as publicRepo from './public-registration.repository';
import { registrationMail } from './registration-mail';
import { digestOf, manageUrlOf, newSecret } from './secret-links';

type Input = z.output<typeof ParticipantImportInput>;

export async function eventOf(db: DbOrTx, eventId: string): Promise<EventRow> {
  const event = await repo.findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  return event;
}
type Planned = ReadParticipants['rows'][number] & {
  organisationId: string | null;
  organisationName: string;
  country: string;
  status: 'registered' | 'waitlisted';
};
type Plan = { read: ReadParticipants; rowCount: number; problems: ImportProblem[]; planned: Planned[] };

async function readFile(input: Input) {
  const name = input.filename.toLowerCase();
  const content = Buffer.from(input.contentBase64, 'base64');
  if (!name.endsWith('.csv') && !name.endsWith('.xlsx'))
    throw invalid([{ path: 'filename', message: 'a .csv or .xlsx file is needed', code: IssueCode.invalidFormat, params: { format: 'csv-xlsx' } }]);
  if (content.length === 0) throw invalid([{ path: 'contentBase64', message: 'the file is empty', code: IssueCode.required }]);
  try {
    return name.endsWith('.csv') ? parseCsv(content) : await parseXlsx(content);
  } catch (error) {
    if (error instanceof UnreadableFile) throw invalid([{ path: 'contentBase64', message: error.message, code: IssueCode.invalid }]);
    throw error;
  }
}

const eventLanguage = (event: Pick<EventRow, 'languages'>) =>
  event.languages.find((l): l is 'nl' | 'en' | 'zh' => l === 'nl' || l === 'en' || l === 'zh') ?? 'en';

/** What the file would do to the event as it is now: the rows, their organisations and places, every problem. */
async function plan(db: DbOrTx, event: EventRow, input: Input): Promise<Plan> {
  const table = await readFile(input);
  const read = readParticipants(table, event.registrationQuestions, eventLanguage(event));
  const problems = [...read.problems];
  const names = [...new Set(read.rows.flatMap((r) => (r.input.organisationId ? [] : [r.input.organisationName!.toLowerCase()])))];
  const ids = [...new Set(read.rows.flatMap((r) => (r.input.organisationId ? [r.input.organisationId] : [])))];
  const orgs = await ioRepo.organisationsNamed(db, names, ids);
  const taken = await ioRepo.registeredEmails(
    db,
    event.id,
    read.rows.map((r) => r.input.delegateEmail),
  );
  const nameOfId = new Map(await Promise.all(ids.filter((id) => orgs.known.has(id)).map(async (id) => [id, await repo.organisationName(db, id)] as const)));
  let free = event.registrationCapacity === null ? Infinity : event.registrationCapacity - (await publicRepo.placesTaken(db, event.id));
  // A new organisation's country: the first one a row of that organisation gives.
  const newCountry = new Map<string, string>();
  for (const { input: p } of read.rows) {
    const key = p.organisationName?.toLowerCase();
    if (key && p.country && !p.organisationId && !newCountry.has(key)) newCountry.set(key, p.country);
  }
  const planned: Planned[] = [];
  for (const r of read.rows) {
    const { input: p } = r;
    const before = problems.length;
    if (p.organisationId && !orgs.known.has(p.organisationId)) {
      problems.push(
        rowProblem(read, r.row, 'organisationId', `organisation "${p.organisationId}" does not exist`, IssueCode.unknownReference, { value: p.organisationId }),
      );
    }
    const organisationId = p.organisationId ?? orgs.byName.get(p.organisationName!.toLowerCase()) ?? null;
    if (!organisationId && !newCountry.get(p.organisationName!.toLowerCase()))
      problems.push(rowProblem(read, r.row, 'country', 'the country of a new organisation is required', IssueCode.required));
    if (taken.has(p.delegateEmail))
      problems.push(
        rowProblem(read, r.row, 'email', `${p.delegateEmail} is already registered for this event`, ImportProblemCode.alreadyExists, { id: p.delegateEmail }),
      );
    if (problems.length > before) continue;
    const status = free > 0 ? 'registered' : 'waitlisted';
    if (status === 'registered') free--;
    planned.push({
      ...r,
      organisationId,
      organisationName: (organisationId && nameOfId.get(organisationId)) || p.organisationName!,
      country: newCountry.get(p.organisationName?.toLowerCase() ?? '') ?? '',
      status,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { read, rowCount: table.rows.length, problems, planned };
}

const countsOf = (planned: Planned[]) => ({
  registered: planned.filter((p) => p.status === 'registered').length,
  waitlisted: planned.filter((p) => p.status === 'waitlisted').length,
  newOrganisations: new Set(planned.filter((p) => !p.organisationId).map((p) => p.organisationName.toLowerCase())).size,
  reusedOrganisations: new Set(planned.flatMap((p) => (p.organisationId ? [p.organisationId] : []))).size,
});

export async function previewParticipantImport(db: Db, eventId: string, input: Input): Promise<ParticipantImportPreview> {
  const event = await eventOf(db, eventId);
  const { read, rowCount, problems, planned } = await plan(db, event, input);
  return {
    filename: input.filename,
    rows: rowCount,
    problems,
    ignoredColumns: read.ignoredColumns,
    questionColumns: read.questionColumns,
    participants: planned.map((p) => ({
      row: p.row,
      delegateName: p.input.delegateName,
      delegateEmail: p.input.delegateEmail,
      organisationName: p.organisationName,
      organisationId: p.organisationId,
      attendance: p.input.attendance,
      status: p.status,
    })),
    counts: countsOf(planned),
  };
}

export async function importParticipants(db: Db, actor: Actor, eventId: string, input: Input, publicUrl: string) {
  const event = await eventOf(db, eventId);
  return db.transaction(async (tx) => {
    // Places are counted one writer at a time, as public registration counts them.
    await publicRepo.lockEvent(tx, event.id);
    const { problems, planned } = await plan(tx, event, input);
    if (problems.length) {
      throw conflict(ErrorCode.importHasProblems, `The file has ${problems.length} problem(s); nothing was written`, { problems: problems.length });
    }
    const created = new Map<string, string>();
    for (const p of planned.filter((x) => !x.organisationId)) {
      const key = p.organisationName.toLowerCase();
      if (created.has(key)) continue;
      const id = `org-${randomUUID()}`;
      created.set(key, id);
      const values = {
        id,
        name: p.organisationName,
        type: 'company' as const,
        country: p.country,
        homeRegionId: null,
        website: null,
        description: null,
        visibility: 'members' as const,
        notes: null,
      };
      await ioRepo.insertOrganisation(tx, values);
      await recordAudit(tx, actor, { entityType: 'organisation', entityId: id, action: 'create', after: values });
    }
    // now() is the same for the whole transaction; a millisecond per row keeps the file's order,
    // which is the order the waitlist is promoted in and the order lists show.
    const importedAt = Date.now();
    for (const [index, p] of planned.entries()) {
      const secret = newSecret();
      const registration = await repo.insertRegistration(tx, {
        id: randomUUID(),
        createdAt: new Date(importedAt + index).toISOString(),
        eventId: event.id,
        organisationId: p.organisationId ?? created.get(p.organisationName.toLowerCase())!,
        userId: null,
        delegateName: p.input.delegateName,
        delegateEmail: p.input.delegateEmail,
        languages: p.input.languages,
        profile: '',
        blockedSlots: [],
        offers: [],
        attendance: p.input.attendance,
        answers: p.input.answers,
        language: p.input.language,
        status: p.status,
      });
      await publicRepo.setManageHash(tx, registration.id, digestOf(secret));
      await recordAudit(tx, actor, { entityType: 'event-registration', entityId: registration.id, action: 'import', after: registration });
      const mail = await registrationMail(p.status, p.input.language, {
        event: event.title,
        name: p.input.delegateName,
        manageUrl: manageUrlOf(publicUrl, secret),
      });
      await publicRepo.enqueueMail(tx, { id: `reg-${randomUUID()}`, to: p.input.delegateEmail, ...mail });
    }
    return { created: planned.length, ...countsOf(planned) };
  });
}
