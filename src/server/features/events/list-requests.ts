// The meeting requests a viewer may see: those of its delegates (organisers: all).
import { managesProgramme, type Viewer } from '../../actor';
import type { Db } from '../../db/open-database';
import * as repo from './events.repository';
import type { RequestRow } from './events.repository';
import { actsFor, participantsOf } from './event-rules';
import { eventOrThrow, toMeetingRequest } from './event-views';

export async function listRequests(db: Db, viewer: Viewer, eventId: string, registrationId: string | undefined, now: Date) {
  const event = await eventOrThrow(db, eventId);
  const regs = new Map((await repo.listRegistrations(db, eventId)).map((r) => [r.id, r]));
  const mine = (r: RequestRow) => participantsOf(r).some((p) => regs.get(p) && actsFor(viewer, regs.get(p)!) && (!registrationId || p === registrationId));
  const all = await repo.listRequests(db, eventId);
  const visible = all.filter((r) => (managesProgramme(viewer) && !registrationId) || mine(r));
  return { items: visible.map((r) => toMeetingRequest(r, event, now)) };
}
