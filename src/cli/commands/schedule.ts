import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { Command, InvalidArgumentError } from 'commander';
import { parseEvent, scheduleMeetings } from '../../core/scheduling/index';
import type { LinearSolution, LinearSolver } from '../../core/scheduling/index';

const DEFAULT_TIME_LIMIT_SECONDS = 10;
/** Left for printing the schedule and exiting, so the whole process stays inside the limit. */
const OUTPUT_MARGIN_MS = 250;

/** `ctb schedule EVENT.json [--time-limit SECONDS]`: the schedule file on stdout, logs on stderr. */
export function scheduleCommand(): Command {
  return new Command('schedule')
    .description('Schedule the accepted meeting requests of a matchmaking event (prints the schedule file as JSON)')
    .argument('<event>', 'event file (JSON, see the scheduling README)')
    .option('--time-limit <seconds>', 'time budget in seconds', parseSeconds, DEFAULT_TIME_LIMIT_SECONDS)
    .action(async (eventPath: string, options: { timeLimit: number }) => {
      const event = await readEvent(eventPath);
      if (event === undefined) {
        process.exitCode = 1;
        return;
      }
      const log = (message: string) => void process.stderr.write(`schedule: ${message}\n`);
      const solver = highsWorker();
      // performance.now() counts from process start: the limit covers the whole command, start-up included.
      const result = await scheduleMeetings(event, {
        timeLimitMs: options.timeLimit * 1000 - OUTPUT_MARGIN_MS - performance.now(),
        clock: () => performance.now(),
        solver,
        log,
      }).finally(() => solver.close());
      log(
        `${result.meetings.length} meetings, ${result.unscheduled.length} unscheduled, weight ${result.weight}, ` +
          `upper bound ${result.upperBound}${result.optimal ? ' (optimal)' : ''}, ` +
          `${result.oversubscribed.length} over-subscribed participants`,
      );
      const { meetings, unscheduled, upperBound, weight, optimal } = result;
      process.stdout.write(`${JSON.stringify({ meetings, unscheduled, upperBound, weight, optimal })}\n`);
    });
}

// CommonJS source of the worker (eval workers cannot be ES modules). It loads the HiGHS
// WebAssembly once and answers solve requests in order through the persistent-model API, which,
// unlike the one-shot solve(), returns PDLP's duals also when it reports an unknown status. Only
// nonzero primals and duals are sent back (LinearSolution allows it): on 180,000 columns the
// full result would cost hundreds of MB.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const STATUS = { 7: 'Optimal', 13: 'Time limit reached', 15: 'Unknown' };
import(workerData.highsUrl).then(async ({ default: loadHighs }) => {
  const highs = await loadHighs();
  const solve = (problem, options) => {
    const model = highs.createModel({ format: 'lp', data: problem });
    try {
      model.options.set(options);
      model.run();
      const { colValue, rowDual } = model.getSolution();
      const Columns = {};
      colValue.forEach((Primal, Index) => { if (Primal) Columns[model.getColName(Index)] = { Index, Primal }; });
      const Rows = [];
      rowDual.forEach((Dual, Index) => { if (Dual) Rows.push({ Index, Name: model.getRowName(Index), Dual }); });
      const status = model.getModelStatus();
      return { Status: STATUS[status] ?? 'Other', ObjectiveValue: model.getObjectiveValue(), Columns, Rows };
    } finally {
      model.dispose();
    }
  };
  parentPort.on('message', ({ id, problem, options }) => {
    try {
      parentPort.postMessage({ id, solution: solve(problem, options) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error) });
    }
  });
});
`;

/**
 * HiGHS in a worker thread: the solver is single-threaded WebAssembly, so on the second core it
 * computes bounds while the local search keeps running here. `close` ends the worker even if it
 * is still solving (the engine stops waiting at its deadline).
 */
export function highsWorker(): LinearSolver & { close(): Promise<number> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { highsUrl: import.meta.resolve('highs') } });
  const pending = new Map<number, { resolve: (s: LinearSolution) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on('message', ({ id, solution, error }: { id: number; solution?: LinearSolution; error?: string }) => {
    const request = pending.get(id);
    pending.delete(id);
    if (solution) request?.resolve(solution);
    else request?.reject(new Error(error));
  });
  worker.on('error', (error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  });
  return {
    solve: (problem, options) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, problem, options });
      }),
    close: () => worker.terminate(),
  };
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return seconds;
}

/** The parsed event, or undefined after reporting on stderr what is wrong and where. */
async function readEvent(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    process.stderr.write(`error: cannot read ${path}: ${(error as Error).message}\n`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`error: ${path} is not valid JSON: ${(error as Error).message}\n`);
    return undefined;
  }
  const parsed = parseEvent(json);
  if (parsed.ok) return parsed.event;
  process.stderr.write(`error: ${path} is not a valid event file:\n`);
  for (const message of parsed.errors) process.stderr.write(`  ${message}\n`);
  return undefined;
}
