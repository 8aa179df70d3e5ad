// The scheduled meetings of an event with their slot, table and participants.
import type { Db, DbOrTx } from '../../db/open-database';
import * as repo from './events.repository';
import type { EventRow, MeetingRow, RegistrationRow, RequestRow } from './events.repository';
import { participantsOf } from './event-rules';
import { eventOrThrow } from './event-views';

export type EventData = { event: EventRow; regs: Map<string, RegistrationRow>; requests: Map<string, RequestRow>; meetings: MeetingRow[] };

export async function loadEventData(db: DbOrTx, eventId: string): Promise<EventData> {
  const event = await eventOrThrow(db, eventId);
  const [regs, requests, meetings] = await Promise.all([repo.listRegistrations(db, eventId), repo.listRequests(db, eventId), repo.listMeetings(db, eventId)]);
  return { event, regs: new Map(regs.map((r) => [r.id, r])), requests: new Map(requests.map((r) => [r.id, r])), meetings };
}

export function meetingView(data: EventData, m: MeetingRow) {
  const slot = data.event.slots.find((s) => s.id === m.slotId)!;
  const table = m.table > 0 ? data.event.tables[m.table - 1] : undefined;
  const request = data.requests.get(m.requestId)!;
  return {
    requestId: m.requestId,
    slotId: m.slotId,
    start: slot.start,
    end: slot.end,
    table: m.table,
    tableName: m.table === 0 ? '' : (table?.name ?? String(m.table)),
    room: table?.room ?? null,
    locked: m.locked,
    interpreterPair: m.interpreterPair,
    online: m.table === 0,
    videoUrl: m.videoUrl,
    participants: participantsOf(request).map((id) => {
      const r = data.regs.get(id);
      return { registrationId: id, delegateName: r?.delegateName ?? '', organisationName: r?.organisationName ?? '' };
    }),
  };
}

export const bySlot = (data: EventData) => {
  const order = new Map(data.event.slots.map((s, i) => [s.id, i]));
  return (a: MeetingRow, b: MeetingRow) => order.get(a.slotId)! - order.get(b.slotId)! || a.table - b.table;
};

export async function listMeetings(db: Db, eventId: string) {
  const data = await loadEventData(db, eventId);
  return { items: [...data.meetings].sort(bySlot(data)).map((m) => meetingView(data, m)) };
}
