import type { SchedulingModel } from './model';

const FREE = -1;

/**
 * A partial assignment of requests to slots with O(|members|) feasibility checks. Occupancy is
 * kept per participant and slot, and the members of each slot in a dense list so a full slot
 * can name its meetings without scanning every request.
 */
export class ScheduleState {
  readonly slotOf: Int32Array;
  /** Meetings per slot, online ones included. */
  readonly slotLoad: Int32Array;
  /** Meetings per slot that take a table (on site). */
  readonly tableLoad: Int32Array;
  readonly fixed: Uint8Array;
  weight = 0;
  private readonly occupant: Int32Array;
  private readonly pairLoad: Int32Array;
  private readonly slotMembers: Int32Array;
  private readonly memberPos: Int32Array;
  private readonly membersPerSlot: number;

  constructor(readonly model: SchedulingModel) {
    const { slotCount, requestCount, participantCount } = model;
    this.slotOf = new Int32Array(requestCount).fill(FREE);
    this.slotLoad = new Int32Array(slotCount);
    this.tableLoad = new Int32Array(slotCount);
    this.fixed = new Uint8Array(requestCount);
    this.occupant = new Int32Array(participantCount * slotCount).fill(FREE);
    this.pairLoad = new Int32Array(model.pairCapacity.length * slotCount);
    this.membersPerSlot = Math.min(model.tables + model.onlineCount, requestCount);
    this.slotMembers = new Int32Array(this.membersPerSlot * slotCount);
    this.memberPos = new Int32Array(requestCount);
  }

  occupantOf(participant: number, slot: number): number {
    return this.occupant[participant * this.model.slotCount + slot]!;
  }

  isScheduled(request: number): boolean {
    return this.slotOf[request]! !== FREE;
  }

  tableFull(slot: number): boolean {
    return this.tableLoad[slot]! >= this.model.tables;
  }

  pairFull(request: number, slot: number): boolean {
    const pair = this.model.pairOf[request]!;
    return pair >= 0 && this.pairLoad[pair * this.model.slotCount + slot]! >= this.model.pairCapacity[pair]!;
  }

  canPlace(request: number, slot: number): boolean {
    const needsTable = this.model.usesTable[request] === 1;
    return !(needsTable && this.tableFull(slot)) && !this.pairFull(request, slot) && this.canPlaceIgnoringCapacity(request, slot);
  }

  /** Only the participants' clashes: whether every member is free in `slot`. */
  canPlaceIgnoringCapacity(request: number, slot: number): boolean {
    for (const p of this.model.members[request]!) if (this.occupantOf(p, slot) !== FREE) return false;
    return true;
  }

  /** Meetings in `slot`, valid until the next place/remove. */
  meetingsIn(slot: number): Int32Array {
    const start = slot * this.membersPerSlot;
    return this.slotMembers.subarray(start, start + this.slotLoad[slot]!);
  }

  place(request: number, slot: number): void {
    const { slotCount, members, pairOf, weights, usesTable } = this.model;
    for (const p of members[request]!) this.occupant[p * slotCount + slot] = request;
    this.tableLoad[slot]! += usesTable[request]!;
    const pair = pairOf[request]!;
    if (pair >= 0) this.pairLoad[pair * slotCount + slot]!++;
    const pos = this.slotLoad[slot]!++;
    this.slotMembers[slot * this.membersPerSlot + pos] = request;
    this.memberPos[request] = pos;
    this.slotOf[request] = slot;
    this.weight += weights[request]!;
  }

  remove(request: number): void {
    const { slotCount, members, pairOf, weights, usesTable } = this.model;
    const slot = this.slotOf[request]!;
    for (const p of members[request]!) this.occupant[p * slotCount + slot] = FREE;
    this.tableLoad[slot]! -= usesTable[request]!;
    const pair = pairOf[request]!;
    if (pair >= 0) this.pairLoad[pair * slotCount + slot]!--;
    const base = slot * this.membersPerSlot;
    const last = this.slotMembers[base + --this.slotLoad[slot]!]!;
    const pos = this.memberPos[request]!;
    this.slotMembers[base + pos] = last;
    this.memberPos[last] = pos;
    this.slotOf[request] = FREE;
    this.weight -= weights[request]!;
  }
}
