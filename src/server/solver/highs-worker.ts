import { Worker } from 'node:worker_threads';
import type { LinearSolution, LinearSolver } from '../../core/scheduling/index';

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

export type ClosableSolver = LinearSolver & { close(): Promise<number> };

/**
 * HiGHS in a worker thread: the solver is single-threaded WebAssembly, so on the second core it
 * computes bounds while the local search keeps running on the caller's thread. `close` ends the
 * worker even if it is still solving (the engine stops waiting at its deadline).
 */
export function highsWorker(): ClosableSolver {
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
