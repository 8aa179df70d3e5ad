/** One time slot of the event; `start`/`end` are ISO-8601 instants. */
export interface EventSlot {
  id: string;
  start: string;
  end: string;
}

/** A participant; without `available` the participant can attend every slot. */
export interface EventParticipant {
  id: string;
  available?: string[];
}

/** An accepted request: 2 participants (one-to-one) or more (group meeting). */
export interface MeetingRequest {
  id: string;
  participants: string[];
  /** Priority, at least 1; 1 when omitted. */
  weight?: number;
  /** Language pair of the interpreter this meeting needs, a key of `SchedulingEvent.interpreters`. */
  interpreterPair?: string;
  /** Held online (video call): the meeting takes no table, and its table number is 0. */
  online?: boolean;
}

/** The event file of the matchmaking scheduler (shared/sched-dev/README.md). */
export interface SchedulingEvent {
  slots: EventSlot[];
  tables: number;
  participants: EventParticipant[];
  requests: MeetingRequest[];
  /** Interpreters per language pair: at most that many meetings needing the pair run in one slot. */
  interpreters?: Record<string, number>;
  /**
   * Pairs of participants never to be put in one meeting (one declined the other, or they met at
   * an earlier event): a request holding both members of a pair stays unscheduled.
   */
  excludedPairs?: [string, string][];
}

export interface ScheduledMeeting {
  request: string;
  slot: string;
  /** 1..tables; 0 for an online meeting, which needs no table. */
  table: number;
}

/** The schedule file: every request is either a meeting or unscheduled. */
export interface ScheduleFile {
  meetings: ScheduledMeeting[];
  unscheduled: string[];
}

export interface ScheduleOptions {
  /** Wall-clock budget for the whole call, measured with `clock`. */
  timeLimitMs: number;
  /** Milliseconds from any fixed origin; injected so the core needs no ambient time. */
  clock: () => number;
  /** Seed of the local search; the same seed and budget give reproducible runs. */
  seed?: number;
  /** Published meetings that must stay exactly where they are. */
  locked?: ScheduledMeeting[];
  /** LP/MILP solver (HiGHS); without it the bound is Lagrangian and the search purely heuristic. */
  solver?: LinearSolver;
  /** Progress messages (the CLI sends them to stderr). */
  log?: (message: string) => void;
}

export interface Oversubscription {
  participant: string;
  requested: number;
  possible: number;
}

export interface ScheduleStats {
  requests: number;
  feasibleRequests: number;
  greedyWeight: number;
  localSearchMoves: number;
  boundSource: string;
  milpUsed: boolean;
  elapsedMs: number;
}

export interface ScheduleResult extends ScheduleFile {
  weight: number;
  /** Proven upper bound on the best achievable weight (with the locked meetings in place). */
  upperBound: number;
  /** True when `weight` equals `upperBound`, i.e. the schedule is proven optimal. */
  optimal: boolean;
  oversubscribed: Oversubscription[];
  stats: ScheduleStats;
}

/**
 * The slice of the `highs` package the engine uses (its `solve` on CPLEX LP text), declared here
 * so the core stays free of the WebAssembly loader and its Node dependencies. Asynchronous so a
 * host can run the solver in a worker while the local search keeps the other core busy.
 */
export interface LinearSolver {
  solve(problem: string, options?: Record<string, string | number | boolean>): Promise<LinearSolution>;
}

/** The legacy `highs` result; columns and rows whose value is zero may be left out. */
export interface LinearSolution {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, { Index: number; Primal?: number }>;
  /** In model order; `Dual` is present for solved LPs. */
  Rows: { Index: number; Name?: string; Dual?: number }[];
}
