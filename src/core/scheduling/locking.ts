import type { LockedPlacement, SchedulingModel } from './model';
import { ScheduleState } from './state';

/** A state holding exactly the locked meetings, marked fixed; rejects locks that break a rule. */
export function lockedState(model: SchedulingModel, locked: readonly LockedPlacement[]): ScheduleState {
  const state = new ScheduleState(model);
  const tablesTaken = new Set<number>();
  locked.forEach(({ request, slot, table }, i) => {
    const at = `locked[${i}] (request "${model.event.requests[request]!.id}")`;
    if (state.isScheduled(request)) throw new Error(`${at}: request is locked twice`);
    if (!model.feasibleSlots[request]!.includes(slot)) throw new Error(`${at}: a participant is not available in that slot`);
    if (!state.canPlace(request, slot)) throw new Error(`${at}: clashes with another locked meeting or exceeds a capacity`);
    const tableKey = slot * (model.tables + 1) + table;
    if (model.usesTable[request] === 1 && tablesTaken.has(tableKey)) throw new Error(`${at}: table ${table} is already locked in that slot`);
    tablesTaken.add(tableKey);
    state.place(request, slot);
    state.fixed[request] = 1;
  });
  return state;
}
