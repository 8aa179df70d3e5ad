import type { LockedPlacement } from './model';
import type { ScheduleState } from './state';
import type { ScheduleFile, ScheduledMeeting } from './types';

/**
 * Numbers the tables: locked meetings keep theirs, the others take the lowest free numbers;
 * online meetings take none (table 0).
 */
export function toScheduleFile(state: ScheduleState, locked: readonly LockedPlacement[]): ScheduleFile {
  const { event, slotCount, requestCount } = state.model;
  const taken = Array.from({ length: slotCount }, () => new Set<number>());
  const tableOf = new Int32Array(requestCount);
  for (const l of locked) {
    tableOf[l.request] = l.table;
    taken[l.slot]!.add(l.table);
  }
  const nextFree = new Int32Array(slotCount).fill(1);
  const meetings: ScheduledMeeting[] = [];
  const unscheduled: string[] = [];
  for (let r = 0; r < requestCount; r++) {
    const slot = state.slotOf[r]!;
    const id = event.requests[r]!.id;
    if (slot < 0) {
      unscheduled.push(id);
      continue;
    }
    if (tableOf[r] === 0 && state.model.usesTable[r] === 1) {
      while (taken[slot]!.has(nextFree[slot]!)) nextFree[slot]!++;
      tableOf[r] = nextFree[slot]!++;
    }
    meetings.push({ request: id, slot: event.slots[slot]!.id, table: tableOf[r]! });
  }
  return { meetings, unscheduled };
}
