import { buildModel } from './model';
import type { SchedulingModel } from './model';
import { toScheduleFile } from './output';
import { ScheduleState } from './state';
import type { ScheduleFile, SchedulingEvent } from './types';

/** Requests by weight, heaviest first; ties keep file order (a stable sort). */
export function byWeightDescending(model: SchedulingModel): number[] {
  return Array.from({ length: model.requestCount }, (_, r) => r).sort((a, b) => model.weights[b]! - model.weights[a]!);
}

/** Puts each unscheduled request of `order` into its earliest slot that still has room. */
export function fillEarliest(state: ScheduleState, order: Iterable<number>): void {
  for (const r of order) {
    if (state.isScheduled(r)) continue;
    const slot = state.model.feasibleSlots[r]!.find((s) => state.canPlace(r, s));
    if (slot !== undefined) state.place(r, slot);
  }
}

/** The baseline: first fit in order of weight. */
export function firstFitGreedy(event: SchedulingEvent): ScheduleFile & { weight: number } {
  const model = buildModel(event);
  const state = new ScheduleState(model);
  fillEarliest(state, byWeightDescending(model));
  return { ...toScheduleFile(state, []), weight: state.weight };
}
