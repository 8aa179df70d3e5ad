// The meetings of each meeting slot by table (the organiser's plan, also as PDF and XLSX).
import type { TablePlan } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { tablesOf } from './event-views';
import { bySlot, loadEventData, meetingView } from './meeting-views';

export async function tablePlan(db: Db, eventId: string): Promise<TablePlan & { title: string; tables: ReturnType<typeof tablesOf> }> {
  const data = await loadEventData(db, eventId);
  const sorted = [...data.meetings].sort(bySlot(data));
  return {
    eventId,
    title: data.event.title,
    timeZone: data.event.timeZone,
    tables: tablesOf(data.event),
    slots: data.event.slots
      .filter((s) => s.kind === 'meeting')
      .map((s) => ({ slotId: s.id, start: s.start, end: s.end, meetings: sorted.filter((m) => m.slotId === s.id).map((m) => meetingView(data, m)) })),
  };
}
