import { EjectionSearch } from './ejection-search';
import { byWeightDescending, fillEarliest } from './greedy';
import type { Prices } from './lagrangian';
import { evaluateLagrangian, marginalPrices, subgradientBound, zeroPrices } from './lagrangian';
import { lockedState } from './locking';
import { nextMacrotask } from './macrotask';
import { assignmentFromColumns, pricesFromDuals, timeIndexedLp, variableCount } from './lp-model';
import { buildModel, resolveLocked } from './model';
import { toScheduleFile } from './output';
import { oversubscribedParticipants } from './oversubscription';
import { seededRandom } from './random';
import type { ResidualProblem } from './residual';
import { residualProblem } from './residual';
import type { ScheduleState } from './state';
import type { LinearSolution, LinearSolver, ScheduleOptions, ScheduleResult, SchedulingEvent } from './types';

/** Keeps the solver's memory well under 1 GB (under 0.8 GB for the process at 180,000 variables). */
const LP_MAX_VARIABLES = 300_000;
/**
 * Measured LP time (PDLP: 5-9 s for 180,000 variables, 1-3 s for 25,000 on the loaded 2-core dev
 * machine). An LP predicted to need far more than the budget is skipped for the subgradient,
 * which then gets the time; the slack absorbs slower runs.
 */
const LP_MS_PER_VARIABLE = 0.05;
const LP_BUDGET_OVERSHOOT = 1.5;
/** The exact MILP is attempted only on models small enough to finish in a few seconds. */
const MILP_MAX_VARIABLES = 8_000;
const SIMPLEX_MAX_VARIABLES = 8_000;
/** Without a solver the search first runs alone, so the subgradient steps aim at a good schedule. */
const FIRST_SEARCH_SHARE = 0.05;
/** HiGHS checks its time limit only now and then, so it gets less than all that is left. */
const SOLVER_SHARE = 0.9;
const SUBGRADIENT_SHARE = 0.3;
const SUBGRADIENT_MAX_ITERATIONS = 5_000;
const MILP_ABSOLUTE_GAP = 1e-6;
/** Search slice between looks at the solver, short enough not to delay its answer noticeably. */
const SLICE_MS = 25;
const STALL_MS = 2_000;
const IDLE_MS = 100;

/**
 * Schedules the accepted requests: first fit, then ejection-chain local search for the whole
 * budget, with a proven upper bound from LP duals (via the injected solver) or Lagrangian
 * subgradient prices. Small events with a remaining gap also go to the MILP. Solver calls run
 * while the search goes on (in parallel when the solver lives in a worker); the returned schedule
 * is always valid, and the time limit only affects how good it is.
 */
export async function scheduleMeetings(event: SchedulingEvent, options: ScheduleOptions): Promise<ScheduleResult> {
  const { clock, timeLimitMs, solver } = options;
  const log = options.log ?? (() => {});
  const started = clock();
  const deadline = started + timeLimitMs;
  const remaining = () => Math.max(0, deadline - clock());

  const model = buildModel(event);
  const locked = resolveLocked(model, options.locked ?? []);
  const state = lockedState(model, locked);
  const residual = residualProblem(state);
  const floorBound = (value: number) => (model.integralWeights ? Math.floor(value + residual.lockedWeight + 1e-6) : value + residual.lockedWeight);

  fillEarliest(state, byWeightDescending(model));
  const greedyWeight = state.weight;
  log(`first fit: weight ${greedyWeight}`);

  const search = new EjectionSearch(state);
  const random = seededRandom(options.seed ?? 1);
  let upperBound = floorBound(evaluateLagrangian(residual, zeroPrices(residual)).value);
  let boundSource = 'trivial';
  const tighten = (candidate: number, source: string) => {
    if (candidate < upperBound) {
      upperBound = candidate;
      boundSource = source;
    }
  };
  const searchUntil = (until: number) => search.run({ deadline: Math.min(until, deadline), clock, random, target: upperBound });
  /** Searches until `work` settles (or the deadline passes); its value, undefined if it failed. */
  const searchWhile = async <T>(work: Promise<T | undefined>): Promise<T | undefined> => {
    let settled = false;
    let value: T | undefined;
    void work.then(
      (v) => ((settled = true), (value = v)),
      () => (settled = true),
    );
    let lastWeight = state.weight;
    let lastImprovement = clock();
    // Stop waiting once the schedule meets the bound: nothing the solver returns could beat it.
    while (!settled && clock() < deadline && state.weight < upperBound - 1e-9) {
      searchUntil(clock() + SLICE_MS);
      if (state.weight > lastWeight) {
        lastWeight = state.weight;
        lastImprovement = clock();
      }
      // A stalled search yields most of its core: on a busy machine the solver needs it more.
      await nextMacrotask(clock() - lastImprovement > STALL_MS ? IDLE_MS : 0);
    }
    return value;
  };

  const variables = variableCount(residual);
  const useLp =
    solver !== undefined && state.weight < upperBound && variables <= LP_MAX_VARIABLES && variables * LP_MS_PER_VARIABLE <= remaining() * LP_BUDGET_OVERSHOOT;
  if (!useLp) searchUntil(started + timeLimitMs * FIRST_SEARCH_SHARE);
  const duals = useLp ? await searchWhile(lpDuals(solver, residual, remaining() * SOLVER_SHARE)) : undefined;
  log(`local search: weight ${state.weight}`);
  const prices = duals?.prices ?? marginalPrices(residual);
  tighten(floorBound(evaluateLagrangian(residual, prices).value), duals ? 'lp-dual' : 'lagrangian');
  // Optimal LP duals already attain the Lagrangian dual's optimum; other prices may still improve.
  if (!duals?.optimal && state.weight < upperBound) {
    const polished = subgradientBound(residual, prices, {
      deadline: clock() + remaining() * SUBGRADIENT_SHARE,
      clock,
      lowerBound: state.weight - residual.lockedWeight,
      maxIterations: SUBGRADIENT_MAX_ITERATIONS,
    });
    tighten(floorBound(polished), duals ? 'lp-dual+subgradient' : 'lagrangian');
  }
  log(`upper bound ${upperBound} (${boundSource})`);

  let milpUsed = false;
  if (solver && variables <= MILP_MAX_VARIABLES && state.weight < upperBound) {
    milpUsed = true;
    const exact = await searchWhile(solveMilp(solver, residual, remaining() * SOLVER_SHARE));
    if (exact?.proven) tighten(floorBound(exact.weight + (model.integralWeights ? 0 : MILP_ABSOLUTE_GAP)), 'milp');
    if (exact && exact.weight + residual.lockedWeight > state.weight + 1e-9) {
      adoptAssignment(state, exact.assignment);
      search.resynchronise();
    }
    log(`milp: weight ${state.weight}`);
  }

  searchUntil(deadline);
  const schedule = toScheduleFile(state, locked);
  const weight = recomputedWeight(state);
  log(`final: weight ${weight}, bound ${upperBound}`);
  return {
    ...schedule,
    weight,
    upperBound,
    optimal: weight >= upperBound - 1e-9,
    oversubscribed: oversubscribedParticipants(model),
    stats: {
      requests: model.requestCount,
      feasibleRequests: model.feasibleSlots.filter((s) => s.length > 0).length,
      greedyWeight,
      localSearchMoves: search.moves,
      boundSource,
      milpUsed,
      elapsedMs: clock() - started,
    },
  };
}

/**
 * Runs the solver; a failure (the WebAssembly build aborts when it runs out of memory) only
 * costs the bound or the exact solution, never the heuristic schedule.
 */
async function trySolve(solver: LinearSolver, ...args: Parameters<LinearSolver['solve']>): Promise<LinearSolution | undefined> {
  try {
    return await solver.solve(...args);
  } catch {
    return undefined;
  }
}

/**
 * Row duals of the LP relaxation as prices, with whether the LP was solved to optimality. Any
 * duals are worth having: the Lagrangian evaluation turns them into a valid bound, so neither
 * the solver's tolerances nor an "unknown" status can make the bound wrong, only looser.
 */
async function lpDuals(solver: LinearSolver, residual: ResidualProblem, budgetMs: number): Promise<{ prices: Prices; optimal: boolean } | undefined> {
  // Small models: simplex, exact and quick. Large ones: the first-order PDLP method, measured
  // 3-4x faster than interior point here (5-9 s against 15-20 s at 180,000 variables).
  const method = variableCount(residual) <= SIMPLEX_MAX_VARIABLES ? 'simplex' : 'pdlp';
  const solution = await trySolve(solver, timeIndexedLp(residual, false), {
    output_flag: false,
    solver: method,
    time_limit: Math.max(0.1, budgetMs / 1000),
  });
  if (solution === undefined || !solution.Rows.some((row) => row.Dual)) return undefined;
  return { prices: pricesFromDuals(residual, solution.Rows), optimal: solution.Status === 'Optimal' };
}

async function solveMilp(
  solver: LinearSolver,
  residual: ResidualProblem,
  budgetMs: number,
): Promise<{ weight: number; assignment: Int32Array; proven: boolean } | undefined> {
  const solution = await trySolve(solver, timeIndexedLp(residual, true), {
    output_flag: false,
    time_limit: Math.max(0.1, budgetMs / 1000),
    // With integer weights a gap below 1 already proves optimality.
    mip_abs_gap: residual.model.integralWeights ? 0.999 : MILP_ABSOLUTE_GAP,
    mip_rel_gap: 0,
  });
  if (solution?.Status !== 'Optimal' && solution?.Status !== 'Time limit reached') return undefined;
  const assignment = assignmentFromColumns(residual, solution.Columns);
  const weight = assignment.reduce((sum, s, r) => (s >= 0 ? sum + residual.model.weights[r]! : sum), 0);
  return { weight, assignment, proven: solution.Status === 'Optimal' };
}

/** Replaces the free meetings by `assignment`, keeping the current ones if it breaks any rule. */
function adoptAssignment(state: ScheduleState, assignment: Int32Array): void {
  const previous = state.slotOf.slice();
  const free = (r: number) => state.fixed[r] === 0;
  const clear = () => previous.forEach((_, r) => free(r) && state.isScheduled(r) && state.remove(r));
  const apply = (slots: Int32Array) => {
    let ok = true;
    slots.forEach((s, r) => {
      if (!free(r) || s < 0) return;
      if (state.canPlace(r, s)) state.place(r, s);
      else ok = false;
    });
    return ok;
  };
  clear();
  if (apply(assignment)) return;
  clear();
  apply(previous);
}

function recomputedWeight(state: ScheduleState): number {
  let weight = 0;
  state.slotOf.forEach((s, r) => {
    if (s >= 0) weight += state.model.weights[r]!;
  });
  return weight;
}
