// A private iCalendar feed of my open follow-up tasks (all-day events on their due dates). Only
// the SHA-256 of the feed's secret is stored; a new address or a revocation ends the old one.
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { UserActor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './follow-up.repository';
import * as tasksRepo from './tasks.repository';

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The path under which feeds are served (log-redaction masks what follows it). */
export const TASK_FEED_PATH = '/api/follow-up/feeds/';

export async function issueTaskFeed(db: Db, actor: UserActor, deps: { now: Date; publicUrl: string }) {
  const token = randomBytes(32).toString('base64url');
  const createdAt = deps.now.toISOString();
  await db.transaction(async (tx) => {
    await repo.upsertSettings(tx, actor.id, { feedTokenHash: digest(token), feedTokenCreatedAt: createdAt });
    await recordAudit(tx, actor, { entityType: 'follow-up-settings', entityId: actor.id, action: 'feed-issue', after: { feedCreatedAt: createdAt } });
  });
  return { url: `${deps.publicUrl}${TASK_FEED_PATH}${token}.ics`, createdAt };
}

export async function revokeTaskFeed(db: Db, actor: UserActor) {
  await db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, actor.id);
    await repo.upsertSettings(tx, actor.id, { feedTokenHash: null, feedTokenCreatedAt: null });
    await recordAudit(tx, actor, {
      entityType: 'follow-up-settings',
      entityId: actor.id,
      action: 'feed-revoke',
      before: { feedCreatedAt: before?.feedTokenCreatedAt ?? null },
    });
  });
}

/** The calendar behind a feed file name (TOKEN.ics); 404 for an unknown or revoked token. */
export async function taskFeed(db: Db, file: string, host: string): Promise<string> {
  const token = /^(.*)\.ics$/.exec(file)?.[1] ?? '';
  const settings = FEED_TOKEN.test(token) ? await repo.findSettingsByFeedHash(db, digest(token)) : undefined;
  if (!settings) throw notFound('Calendar feed', 'this address');
  const calendar = ical({ name: 'Cleantech Bridge follow-ups', prodId: { company: 'Cleantech Bridge', product: 'follow-ups' } });
  for (const task of await tasksRepo.openTasksOf(db, settings.userId)) {
    const [y = 1970, m = 1, d = 1] = task.dueOn.split('-').map(Number);
    calendar.createEvent({
      id: `task-${task.id}@${host}`,
      // All-day events are written from local date fields; DTEND is the exclusive day after.
      start: new Date(y, m - 1, d),
      end: new Date(y, m - 1, d + 1),
      allDay: true,
      summary: task.title,
      description: task.sourceLabel,
    });
  }
  return calendar.toString();
}
