// HiGHS (WebAssembly, the `highs` package) as the scheduling engine's LinearSolver: it proves upper
// bounds and solves small events exactly. Loaded once, lazily. The legacy one-shot solve() runs on
// this thread and blocks it while it solves; the engine hands it time limits, and the CLI's worker
// thread (src/cli/commands/schedule.ts) is the better home once it moves somewhere both can import.
import type { LinearSolution, LinearSolver } from '../../../core/scheduling/index';

type LegacyHighs = { solve(problem: string, options?: Record<string, unknown>): unknown };

let loading: Promise<LegacyHighs> | undefined;

async function highs(): Promise<LegacyHighs> {
  loading ??= import('highs').then(async (m) => (await (m.default as unknown as () => Promise<LegacyHighs>)()));
  return loading;
}

export const highsSolver: LinearSolver = {
  async solve(problem, options) {
    const solver = await highs();
    return solver.solve(problem, options) as LinearSolution;
  },
};
