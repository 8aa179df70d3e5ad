import type { ResidualProblem } from './residual';

/**
 * Non-negative prices on the capacity rows of the time-indexed model: one per participant and
 * slot, per slot (tables) and per interpreter pair and slot. For ANY such prices the Lagrangian
 * value below is an upper bound on the best schedule (weak duality), so a bound never depends on
 * trusting a solver's tolerances: LP duals or subgradient prices are evaluated here exactly.
 */
export interface Prices {
  participant: Float64Array;
  table: Float64Array;
  interpreter: Float64Array;
}

export function zeroPrices(problem: ResidualProblem): Prices {
  const { participantCount, slotCount } = problem.model;
  return {
    participant: new Float64Array(participantCount * slotCount),
    table: new Float64Array(slotCount),
    interpreter: new Float64Array(problem.interpretersLeft.length),
  };
}

/**
 * A start for the subgradient when no LP duals are available: an over-subscribed participant's
 * slots are priced at the weight of the request it would have to give up first (the one just
 * past its number of open slots), which is what the LP duals tend to look like.
 */
export function marginalPrices(problem: ResidualProblem): Prices {
  const prices = zeroPrices(problem);
  const { model, openSlots } = problem;
  const { slotCount, participantCount, members, weights } = model;
  const requestWeights = Array.from({ length: participantCount }, () => [] as number[]);
  const openMask = new Uint8Array(participantCount * slotCount);
  openSlots.forEach((slots, r) => {
    for (const p of members[r]!) {
      if (slots.length > 0) requestWeights[p]!.push(weights[r]!);
      for (const s of slots) openMask[p * slotCount + s] = 1;
    }
  });
  for (let p = 0; p < participantCount; p++) {
    const base = p * slotCount;
    const open = openMask.subarray(base, base + slotCount).reduce((n, bit) => n + bit, 0);
    const marginal = requestWeights[p]!.sort((a, b) => b - a)[open];
    if (marginal === undefined) continue;
    for (let s = 0; s < slotCount; s++) if (openMask[base + s] === 1) prices.participant[base + s] = marginal;
  }
  return prices;
}

export interface LagrangianValue {
  /** Upper bound on the weight of the free requests (locked weight not included). */
  value: number;
  /** The slot each request takes in the relaxed problem, -1 if none pays. */
  choice: Int32Array;
}

export function evaluateLagrangian(problem: ResidualProblem, prices: Prices): LagrangianValue {
  const { model, openSlots, tablesLeft, interpretersLeft } = problem;
  const { slotCount, members, weights, pairOf, usesTable } = model;
  const choice = new Int32Array(model.requestCount).fill(-1);
  let value = 0;
  for (let r = 0; r < model.requestCount; r++) {
    let best = 0;
    const pairBase = pairOf[r]! * slotCount;
    for (const s of openSlots[r]!) {
      let reduced = weights[r]! - (usesTable[r] === 1 ? prices.table[s]! : 0);
      if (pairBase >= 0) reduced -= prices.interpreter[pairBase + s]!;
      for (const p of members[r]!) reduced -= prices.participant[p * slotCount + s]!;
      if (reduced > best) {
        best = reduced;
        choice[r] = s;
      }
    }
    value += best;
  }
  for (const u of prices.participant) value += u;
  for (let s = 0; s < slotCount; s++) value += prices.table[s]! * tablesLeft[s]!;
  for (let i = 0; i < interpretersLeft.length; i++) value += prices.interpreter[i]! * interpretersLeft[i]!;
  return { value, choice };
}

export interface SubgradientLimits {
  deadline: number;
  clock: () => number;
  /** Weight of a known schedule of the free requests: the bound cannot go below it. */
  lowerBound: number;
  maxIterations: number;
}

const STALL_ITERATIONS = 200;
/**
 * Share of the previous direction added to the new subgradient (Camerini–Fratta–Maffioli): it
 * damps the zig-zag between slots that tie in the relaxed problem. Measured from the marginal
 * start: dev-medium 757 instead of 783, dev-large 2233 instead of 2236 (LP bounds 755 and 2230).
 */
const DEFLECTION = 0.5;
const MIN_STEP_SCALE = 1e-4;

/**
 * Deflected subgradient descent on the prices with Polyak steps towards the known schedule's weight.
 * It approaches the LP bound without an LP solver, at a cost per iteration linear in the
 * number of (request, slot) pairs, so it scales to events far beyond what the LP can handle.
 */
export function subgradientBound(problem: ResidualProblem, start: Prices, limits: SubgradientLimits): number {
  const { model, tablesLeft, interpretersLeft } = problem;
  const { slotCount, members, pairOf, usesTable } = model;
  const prices = copyPrices(start);
  let best = Infinity;
  let scale = 1;
  let sinceImprovement = 0;
  const usage = zeroPrices(problem);
  const direction = new Float64Array(prices.participant.length + prices.table.length + prices.interpreter.length);
  for (let iteration = 0; iteration < limits.maxIterations; iteration++) {
    if (limits.clock() >= limits.deadline) break;
    const { value, choice } = evaluateLagrangian(problem, prices);
    if (value < best - 1e-9) {
      best = value;
      sinceImprovement = 0;
    } else if (++sinceImprovement >= STALL_ITERATIONS) {
      scale /= 2;
      sinceImprovement = 0;
      if (scale < MIN_STEP_SCALE) break;
    }
    const gap = value - limits.lowerBound;
    if (gap <= 1e-9) break;
    usage.participant.fill(0);
    usage.table.fill(0);
    usage.interpreter.fill(0);
    for (let r = 0; r < choice.length; r++) {
      const s = choice[r]!;
      if (s < 0) continue;
      usage.table[s]! += usesTable[r]!;
      if (pairOf[r]! >= 0) usage.interpreter[pairOf[r]! * slotCount + s]!++;
      for (const p of members[r]!) usage.participant[p * slotCount + s]!++;
    }
    // The subgradient of a row is its slack under the relaxed choice: capacity minus usage.
    // Prices at zero with positive slack cannot move, so they do not count in the step norm.
    const slack = (price: number, capacity: number, used: number) => (price <= 0 && capacity >= used ? 0 : capacity - used);
    let norm = 0;
    const forEachRow = (visit: (price: Float64Array, i: number, g: number) => void) => {
      for (let i = 0; i < prices.participant.length; i++) {
        visit(prices.participant, i, slack(prices.participant[i]!, 1, usage.participant[i]!));
      }
      for (let s = 0; s < slotCount; s++) visit(prices.table, s, slack(prices.table[s]!, tablesLeft[s]!, usage.table[s]!));
      for (let i = 0; i < interpretersLeft.length; i++) {
        visit(prices.interpreter, i, slack(prices.interpreter[i]!, interpretersLeft[i]!, usage.interpreter[i]!));
      }
    };
    let row = 0;
    forEachRow((_, __, g) => {
      const d = g + DEFLECTION * direction[row]!;
      direction[row++] = d;
      norm += d * d;
    });
    if (norm === 0) break;
    const step = (scale * gap) / norm;
    row = 0;
    forEachRow((price, i) => void (price[i] = Math.max(0, price[i]! - step * direction[row++]!)));
  }
  return best;
}

function copyPrices(p: Prices): Prices {
  return { participant: p.participant.slice(), table: p.table.slice(), interpreter: p.interpreter.slice() };
}
