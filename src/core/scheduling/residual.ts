import type { SchedulingModel } from './model';
import type { ScheduleState } from './state';

/**
 * What is left to decide once the locked meetings are in place: the free requests with the slots
 * still open to them, and the tables and interpreters the locked meetings leave over. Bounds are
 * computed on this problem and then raised by the locked weight.
 */
export interface ResidualProblem {
  model: SchedulingModel;
  /** Open slots per request; empty for locked requests and requests that fit nowhere. */
  openSlots: Int32Array[];
  tablesLeft: Int32Array;
  /** Indexed pair * slotCount + slot. */
  interpretersLeft: Int32Array;
  lockedWeight: number;
}

/** `lockedState` must hold exactly the locked meetings. */
export function residualProblem(lockedState: ScheduleState): ResidualProblem {
  const { model } = lockedState;
  const { slotCount, tables, pairCapacity, pairOf } = model;
  const openSlots = model.feasibleSlots.map((slots, r) =>
    lockedState.isScheduled(r) ? new Int32Array(0) : slots.filter((s) => lockedState.canPlaceIgnoringCapacity(r, s)),
  );
  const tablesLeft = Int32Array.from(lockedState.tableLoad, (load) => tables - load);
  const interpretersLeft = new Int32Array(pairCapacity.length * slotCount);
  for (let pair = 0; pair < pairCapacity.length; pair++) {
    interpretersLeft.fill(pairCapacity[pair]!, pair * slotCount, (pair + 1) * slotCount);
  }
  for (let r = 0; r < model.requestCount; r++) {
    const slot = lockedState.slotOf[r]!;
    if (slot >= 0 && pairOf[r]! >= 0) interpretersLeft[pairOf[r]! * slotCount + slot]!--;
  }
  return { model, openSlots, tablesLeft, interpretersLeft, lockedWeight: lockedState.weight };
}
