import type { ScheduleState } from './state';

export interface SearchLimits {
  /** Stop at this clock reading. */
  deadline: number;
  clock: () => number;
  random: () => number;
  /** Stop as soon as the weight reaches this (a proven bound). */
  target: number;
}

const EPSILON = 1e-9;
/** Iterations a freshly inserted request is protected from eviction, so plateau moves do not undo each other. */
const TABU_TENURE = 10;
const CLOCK_EVERY = 128;
/**
 * Once the best schedule has not improved for STAGNATION iterations, this share of stuck
 * insertions is forced through at a loss, to leave local optima of weighted instances. With
 * equal weights the plateau moves already give the search its mobility and kicks only cost.
 */
const KICK_PROBABILITY = 0.02;
const STAGNATION = 20_000;

/**
 * Local search over insertions with ejection chains: an unscheduled request enters a slot, the
 * meetings in its way (participant clashes, a full slot, a busy interpreter) move to another free
 * slot where possible, or else into a slot whose own blockers weigh less (which are in turn moved
 * or dropped), and the rest become unscheduled. Improving moves are always taken; moves of equal
 * weight too (with a short tabu), which lets the search walk across the large plateaus of
 * unit-weight instances until an improving chain appears; losing "kicks" are rare and the best
 * schedule seen is kept.
 */
export class EjectionSearch {
  private readonly pool: number[] = [];
  private readonly poolPos: Int32Array;
  private readonly insertedAt: Float64Array;
  private readonly undo: { request: number; from: number }[] = [];
  private readonly evicted: number[] = [];
  private iteration = 0;
  private bestWeight = 0;
  private bestIteration = 0;
  private readonly kicks: boolean;
  private readonly lightestWeight: number;
  private readonly bestSlots: Int32Array;
  moves = 0;

  constructor(private readonly state: ScheduleState) {
    const { requestCount } = state.model;
    this.poolPos = new Int32Array(requestCount).fill(-1);
    this.insertedAt = new Float64Array(requestCount).fill(-Infinity);
    this.bestSlots = new Int32Array(requestCount);
    this.resynchronise();
    this.lightestWeight = state.model.weights.reduce((min, w) => Math.min(min, w), Infinity);
    this.kicks = state.model.weights.some((w) => w !== this.lightestWeight);
  }

  /** Takes the state as it is now, after someone else (the MILP) changed it, as the best so far. */
  resynchronise(): void {
    const { state } = this;
    for (const r of this.pool) this.poolPos[r] = -1;
    this.pool.length = 0;
    state.model.feasibleSlots.forEach((slots, r) => {
      if (!state.isScheduled(r) && slots.length > 0) this.addToPool(r);
    });
    this.bestWeight = state.weight;
    this.bestSlots.set(state.slotOf);
  }

  /** Searches until the deadline or the target; leaves the state at the best schedule seen. */
  run(limits: SearchLimits): void {
    const { state } = this;
    while (this.pool.length > 0 && state.weight < limits.target - EPSILON) {
      if (++this.iteration % CLOCK_EVERY === 0 && limits.clock() >= limits.deadline) break;
      const request = this.pool[Math.floor(limits.random() * this.pool.length)]!;
      this.tryInsert(request, limits.random);
      if (state.weight > this.bestWeight + EPSILON) {
        this.bestWeight = state.weight;
        this.bestIteration = this.iteration;
        this.bestSlots.set(state.slotOf);
      }
    }
    if (state.weight < this.bestWeight - EPSILON) this.restoreBest();
  }

  private restoreBest(): void {
    const { state } = this;
    for (let r = 0; r < this.bestSlots.length; r++) {
      if (state.fixed[r] === 0 && state.isScheduled(r)) state.remove(r);
    }
    for (let r = 0; r < this.bestSlots.length; r++) {
      const slot = this.bestSlots[r]!;
      if (state.fixed[r] === 1) continue;
      if (slot >= 0) state.place(r, slot);
      const pooled = this.poolPos[r]! >= 0;
      if (slot >= 0 && pooled) this.removeFromPool(r);
      if (slot < 0 && !pooled && state.model.feasibleSlots[r]!.length > 0) this.addToPool(r);
    }
  }

  private tryInsert(request: number, random: () => number): void {
    const slots = this.state.model.feasibleSlots[request]!;
    const offset = Math.floor(random() * slots.length);
    let fallbackSlot = -1;
    let fallbackGain = -Infinity;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[(offset + k) % slots.length]!;
      const gain = this.attempt(request, slot);
      if (gain > EPSILON) return this.commit(request);
      if (gain > fallbackGain + EPSILON) {
        fallbackGain = gain;
        fallbackSlot = slot;
      }
      this.rollback();
    }
    const stagnating = this.kicks && this.iteration - this.bestIteration > STAGNATION;
    const acceptable = fallbackGain > -EPSILON || (stagnating && fallbackGain > -Infinity && random() < KICK_PROBABILITY);
    // attempt() is deterministic for a given state, so replaying reproduces the evaluated move.
    if (!acceptable) return;
    this.attempt(request, fallbackSlot);
    this.commit(request);
  }

  /** Applies the insertion of `request` into `slot` with its ejections; returns the weight gained. */
  private attempt(request: number, slot: number): number {
    const { state } = this;
    const { members, weights, pairOf, usesTable } = state.model;
    this.evicted.length = 0;
    for (const p of members[request]!) {
      const blocker = state.occupantOf(p, slot);
      if (blocker < 0) continue;
      if (!this.evictable(blocker)) return -Infinity;
      this.move(blocker, -1);
      this.evicted.push(blocker);
    }
    if (usesTable[request] === 1 && state.tableFull(slot) && !this.evictVictim(slot, -1)) return -Infinity;
    if (state.pairFull(request, slot) && !this.evictVictim(slot, pairOf[request]!)) return -Infinity;
    this.move(request, slot);
    let gain = weights[request]!;
    const firstLevel = this.evicted.length;
    for (let i = 0; i < firstLevel; i++) {
      const e = this.evicted[i]!;
      if (!this.relocate(e, slot)) gain -= this.relocateByEjecting(e, slot);
    }
    return gain;
  }

  /**
   * The second link of the chain: moves `request` into the other slot where the meetings in its
   * way weigh least (and less than itself), relocating those where possible. Returns the weight
   * lost, `request`'s own weight if no slot is worth it.
   */
  private relocateByEjecting(request: number, exclude: number): number {
    const { state } = this;
    const { members, weights, feasibleSlots, usesTable } = state.model;
    let bestSlot = -1;
    let bestCost = weights[request]!;
    // Only lighter meetings can make way, and a free slot was already ruled out by relocate().
    if (bestCost <= this.lightestWeight) return bestCost;
    for (const s of feasibleSlots[request]!) {
      if (s === exclude || state.pairFull(request, s)) continue;
      let cost = 0;
      let tableBlockers = 0;
      for (const p of members[request]!) {
        const b = state.occupantOf(p, s);
        if (b < 0) continue;
        if (!this.evictable(b)) cost = Infinity;
        else if (!members[request]!.some((q) => q !== p && q < p && state.occupantOf(q, s) === b)) {
          cost += weights[b]!;
          tableBlockers += usesTable[b]!;
        }
      }
      // Evicting the blockers must free a table when this meeting needs one and none is left.
      if (usesTable[request] === 1 && tableBlockers === 0 && state.tableFull(s)) continue;
      if (cost < bestCost - EPSILON) {
        bestCost = cost;
        bestSlot = s;
      }
    }
    if (bestSlot < 0) return weights[request]!;
    const blockers = new Set<number>();
    for (const p of members[request]!) if (state.occupantOf(p, bestSlot) >= 0) blockers.add(state.occupantOf(p, bestSlot));
    for (const b of blockers) this.move(b, -1);
    this.move(request, bestSlot);
    let lost = 0;
    for (const b of blockers) {
      if (this.relocate(b, bestSlot)) continue;
      lost += weights[b]!;
      this.evicted.push(b);
    }
    return lost;
  }

  private evictable(request: number): boolean {
    return this.state.fixed[request] === 0 && this.iteration - this.insertedAt[request]! > TABU_TENURE;
  }

  /** Frees a table (or an interpreter of `pair`) in `slot` by evicting its lightest movable meeting. */
  private evictVictim(slot: number, pair: number): boolean {
    const { state } = this;
    const { weights, pairOf, usesTable } = state.model;
    let victim = -1;
    let victimRelocatable = false;
    for (const m of state.meetingsIn(slot)) {
      const frees = pair >= 0 ? pairOf[m] === pair : usesTable[m] === 1;
      if (!frees || !this.evictable(m)) continue;
      const lighter = victim < 0 || weights[m]! < weights[victim]!;
      if (!lighter && (weights[m]! > weights[victim]! || victimRelocatable)) continue;
      const relocatable = this.hasOtherSlot(m, slot);
      if (lighter || relocatable) {
        victim = m;
        victimRelocatable = relocatable;
      }
    }
    if (victim < 0) return false;
    this.move(victim, -1);
    this.evicted.push(victim);
    return true;
  }

  private hasOtherSlot(request: number, exclude: number): boolean {
    for (const s of this.state.model.feasibleSlots[request]!) {
      if (s !== exclude && this.state.canPlace(request, s)) return true;
    }
    return false;
  }

  private relocate(request: number, exclude: number): boolean {
    for (const s of this.state.model.feasibleSlots[request]!) {
      if (s !== exclude && this.state.canPlace(request, s)) {
        this.move(request, s);
        return true;
      }
    }
    return false;
  }

  /** Moves `request` to `slot` (-1 = unscheduled), remembering where it was for rollback. */
  private move(request: number, slot: number): void {
    const { state } = this;
    this.undo.push({ request, from: state.slotOf[request]! });
    if (state.isScheduled(request)) state.remove(request);
    if (slot >= 0) state.place(request, slot);
  }

  private rollback(): void {
    const { state } = this;
    for (let i = this.undo.length - 1; i >= 0; i--) {
      const { request, from } = this.undo[i]!;
      if (state.isScheduled(request)) state.remove(request);
      if (from >= 0) state.place(request, from);
    }
    this.undo.length = 0;
  }

  private commit(request: number): void {
    this.undo.length = 0;
    this.moves++;
    this.insertedAt[request] = this.iteration;
    this.removeFromPool(request);
    for (const e of this.evicted) if (!this.state.isScheduled(e)) this.addToPool(e);
  }

  private addToPool(request: number): void {
    this.poolPos[request] = this.pool.length;
    this.pool.push(request);
  }

  private removeFromPool(request: number): void {
    const pos = this.poolPos[request]!;
    const last = this.pool.pop()!;
    if (last !== request) {
      this.pool[pos] = last;
      this.poolPos[last] = pos;
    }
    this.poolPos[request] = -1;
  }
}
