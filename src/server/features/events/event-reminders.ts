// Reminders to the delegates of a matchmaking event, by e-mail in each one's language, through the
// job queue (issue #14):
// - requests-waiting: meeting requests still waiting for the delegate's answer when the request
//   deadline is less than two days away;
// - no-meetings-yet: a delegate who has neither sent nor received a request, in the same window;
// - meeting-soon: a meeting of the published schedule starts within 15 minutes.
// (The agenda itself is e-mailed when the organiser publishes it: the agenda-published notification.)
// Each reminder is claimed in event_reminders in the transaction that writes its e-mail, so every
// instance may queue and run the pass, more than once, and each reminder still goes out once.
// A delegate who switched reminders off (remindersOptOut) gets none.
import { randomUUID } from 'node:crypto';
import { type CatalogueLanguage, catalogueLanguage, intlLocale, translatorFor } from '../../../shared/i18n';
import type { Db } from '../../db/open-database';
import { enqueueDailyJob, type Job } from '../jobs/jobs.service';
import * as repo from './events.repository';
import type { EventRow, RegistrationRow, RequestRow } from './events.repository';
import { participantsOf } from './events.service';
import { enqueueMail } from './public-registration.repository';
import * as reminders from './reminders.repository';

export const REMINDER_JOB = 'remind-events';
const DEADLINE_NEAR_MS = 48 * 3600_000;
const MEETING_SOON_MS = 15 * 60_000;
/** The pass runs at most once per this many minutes; a meeting's reminder comes 10–15 minutes before it. */
const PASS_MINUTES = 5;

type Window = 'deadline-near' | 'meeting-soon';

/** Which reminders an event is due for at `now` (none for most events, most of the time). */
function windowsOf(event: Pick<EventRow, 'requestDeadline' | 'publishedAt' | 'slots'>, now: Date): Window[] {
  const t = now.getTime();
  const windows: Window[] = [];
  const deadline = event.requestDeadline ? Date.parse(event.requestDeadline) : NaN;
  if (event.publishedAt === null && deadline > t && deadline - t <= DEADLINE_NEAR_MS) windows.push('deadline-near');
  if (event.publishedAt !== null && event.slots.some((s) => startsSoon(s.start, t))) windows.push('meeting-soon');
  return windows;
}

const startsSoon = (start: string, t: number) => Date.parse(start) > t && Date.parse(start) - t <= MEETING_SOON_MS;

/**
 * Called every minute by each instance (app.ts): queues the pass of the current five minutes when
 * some event is in a reminder window, so the queue holds no job at all while nothing is due.
 */
export async function queueReminderPass(db: Db, now: Date): Promise<void> {
  const due = (await repo.listEvents(db)).some((e) => windowsOf(e, now).length > 0);
  if (!due) return;
  const window = new Date(Math.floor(now.getTime() / (PASS_MINUTES * 60_000)) * PASS_MINUTES * 60_000);
  await enqueueDailyJob(db, REMINDER_JOB, window.toISOString());
}

/** The job handler: one pass per queued window, at the window's time. */
export async function sendEventReminders(db: Db, jobs: Job[], publicUrl: string): Promise<void> {
  for (const target of new Set(jobs.map((j) => j.target))) await remindAt(db, new Date(target), publicUrl);
}

export async function remindAt(db: Db, now: Date, publicUrl: string): Promise<void> {
  for (const event of await repo.listEvents(db)) {
    const windows = windowsOf(event, now);
    if (windows.length === 0) continue;
    const [regs, requests, meetings] = await Promise.all([
      repo.listRegistrations(db, event.id),
      repo.listRequests(db, event.id),
      repo.listMeetings(db, event.id),
    ]);
    const active = regs.filter((r) => r.status === 'registered' && r.noShowAt === null && !r.remindersOptOut);
    const [languages, privateLinks] = await Promise.all([repo.accountLanguagesOf(db, active), reminders.registrationsWithPrivateLink(db, event.id)]);
    const send = new Sender(db, event, publicUrl, {
      languageOf: (r) => catalogueLanguage(languages.get(r.id) ?? r.language),
      // Delegates who registered through the public link without an account act through their private link.
      hasAccount: (r) => r.userId !== null || !privateLinks.has(r.id),
    });
    const byId = new Map(regs.map((r) => [r.id, r]));
    const names = (ids: string[]) => ids.map((id) => byId.get(id)).flatMap((r) => (r ? [`${r.delegateName} (${r.organisationName})`] : []));
    if (windows.includes('deadline-near')) {
      for (const reg of active) {
        const waiting = requests.filter((q) => q.status === 'pending' && q.invitees.some((i) => i.registrationId === reg.id && i.response === 'pending'));
        if (waiting.length > 0) await send.requestsWaiting(reg, names(waiting.map((q) => q.requesterId)));
        else if (!requests.some((q) => involves(q, reg.id))) await send.noMeetingsYet(reg);
      }
    }
    if (windows.includes('meeting-soon')) {
      const slots = new Map(event.slots.map((s) => [s.id, s]));
      const requestsById = new Map(requests.map((q) => [q.id, q]));
      for (const meeting of meetings) {
        const slot = slots.get(meeting.slotId);
        const request = requestsById.get(meeting.requestId);
        if (!slot || !request || !startsSoon(slot.start, now.getTime())) continue;
        const people = participantsOf(request);
        for (const reg of active.filter((r) => people.includes(r.id))) {
          const others = names(people.filter((id) => id !== reg.id));
          await send.meetingSoon(reg, { requestId: request.id, start: slot.start, with: others, table: meeting.table, videoUrl: meeting.videoUrl });
        }
      }
    }
  }
}

/** A request that counts as a contact: sent or received, and not declined or withdrawn. */
const involves = (q: RequestRow, registrationId: string) => (q.status === 'pending' || q.status === 'accepted') && participantsOf(q).includes(registrationId);

/** Writes one kind of reminder to one delegate, unless it went out before. */
class Sender {
  constructor(
    private readonly db: Db,
    private readonly event: EventRow,
    private readonly publicUrl: string,
    private readonly delegate: { languageOf: (reg: RegistrationRow) => CatalogueLanguage; hasAccount: (reg: RegistrationRow) => boolean },
  ) {}

  async requestsWaiting(reg: RegistrationRow, from: string[]) {
    const lang = this.delegate.languageOf(reg);
    const t = await translatorFor(lang);
    const values = { event: this.event.title, count: from.length, from: from.join(', '), deadline: this.instant(this.event.requestDeadline!, lang) };
    await this.write(reg, 'requests-waiting', '', t('reminders:requestsWaiting.subject', values), t('reminders:requestsWaiting.body', values));
  }

  async noMeetingsYet(reg: RegistrationRow) {
    const lang = this.delegate.languageOf(reg);
    const t = await translatorFor(lang);
    const values = { event: this.event.title, deadline: this.instant(this.event.requestDeadline!, lang) };
    await this.write(reg, 'no-meetings-yet', '', t('reminders:noMeetingsYet.subject', values), t('reminders:noMeetingsYet.body', values));
  }

  async meetingSoon(reg: RegistrationRow, meeting: { requestId: string; start: string; with: string[]; table: number; videoUrl: string | null }) {
    const lang = this.delegate.languageOf(reg);
    const t = await translatorFor(lang);
    const time = new Intl.DateTimeFormat(intlLocale[lang], { timeZone: this.event.timeZone, hour: '2-digit', minute: '2-digit' }).format(
      new Date(meeting.start),
    );
    const table = meeting.table > 0 ? this.event.tables[meeting.table - 1] : undefined;
    const values = { event: this.event.title, with: meeting.with.join(', '), time, table: table?.name ?? String(meeting.table), room: table?.room ?? '' };
    const where =
      meeting.table === 0
        ? `${t('reminders:meetingSoon.online', values)}\n${meeting.videoUrl ?? ''}`
        : t(table?.room ? 'reminders:meetingSoon.atTableInRoom' : 'reminders:meetingSoon.atTable', values);
    // A hybrid pair sits at a table and has a link for the one who joins online.
    const link = meeting.table > 0 && meeting.videoUrl ? `\n${meeting.videoUrl}` : '';
    await this.write(reg, 'meeting-soon', meeting.requestId, t('reminders:meetingSoon.subject', values), `${where}${link}`);
  }

  /** The e-mail with how to act on it and how to stop reminders, written once per (delegate, kind, subject). */
  private async write(reg: RegistrationRow, kind: reminders.ReminderKind, subject: string, title: string, body: string) {
    const t = await translatorFor(this.delegate.languageOf(reg));
    const withAccount = this.delegate.hasAccount(reg);
    const act = withAccount ? `${t('reminders:open.event')}\n${this.publicUrl}/events/${encodeURIComponent(this.event.id)}` : t('reminders:open.privateLink');
    const stop = t(withAccount ? 'reminders:optOut.account' : 'reminders:optOut.privateLink', { event: this.event.title });
    await this.db.transaction(async (tx) => {
      if (!(await reminders.claimReminder(tx, reg.id, kind, subject))) return;
      await enqueueMail(tx, { id: `reminder-${randomUUID()}`, to: reg.delegateEmail, subject: title, text: [body, '', act, '', stop].join('\n') });
    });
  }

  /** A deadline as the delegate reads it: day and time in the event's time zone. */
  private instant(iso: string, lang: CatalogueLanguage) {
    return new Intl.DateTimeFormat(intlLocale[lang], { timeZone: this.event.timeZone, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  }
}
