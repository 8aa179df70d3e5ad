import { readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { scheduleMeetings, validateSchedule } from './index';
import type { LinearSolver, SchedulingEvent } from './index';

const fixtures = new URL('../../../test/fixtures/sched-dev/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const index = readJson('index.json') as { instances: { name: string; file: string; optimum: number }[] };
const highs = await highsLoader();
const solver: LinearSolver = { solve: async (problem, options) => highs.solve(problem, options) };

// Generous limits: the speed targets are measured by bench/scheduling.bench.ts, not here.
describe.each([
  { name: 'dev-small', minRatio: 1, timeLimitMs: 20_000 },
  { name: 'dev-medium', minRatio: 1, timeLimitMs: 30_000 },
  { name: 'dev-large', minRatio: 0.995, timeLimitMs: 30_000 },
])('$name', ({ name, minRatio, timeLimitMs }) => {
  const instance = index.instances.find((i) => i.name === name)!;
  const event = readJson(instance.file) as SchedulingEvent;

  it(`schedules at least ${minRatio * 100} % of the proven optimum, validly`, async () => {
    const result = await scheduleMeetings(event, { timeLimitMs, clock: () => performance.now(), solver });
    expect(validateSchedule(event, result)).toEqual([]);
    expect(result.weight / instance.optimum).toBeGreaterThanOrEqual(minRatio);
    expect(result.upperBound).toBeGreaterThanOrEqual(instance.optimum);
  });
});
