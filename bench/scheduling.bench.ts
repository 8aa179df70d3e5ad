// Meeting scheduler benchmark: node --import tsx bench/scheduling.bench.ts [--quick]
// Dev instances get the CLI's default 10 s, the generated events 30 s. The generated events are
// hybrid: 20 % of the participants attend online (their meetings with each other take no table)
// and 5 % of the requested pairs were declined (the schedule must leave them out).
import { readFileSync } from 'node:fs';
import { firstFitGreedy, scheduleMeetings, validateSchedule } from '../src/core/scheduling/index';
import type { SchedulingEvent } from '../src/core/scheduling/index';
import { highsWorker } from '../src/server/solver/highs-worker';
import { generateSchedulingEvent } from './generators/scheduling-event';

interface Case {
  name: string;
  event: SchedulingEvent;
  timeLimitMs: number;
  /** Proven optimum from the index; generated events are judged against our own proven bound. */
  optimum?: number;
}

const fixtures = new URL('../test/fixtures/sched-dev/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', fixtures), 'utf8')) as {
  instances: { name: string; file: string; optimum: number }[];
};
const quick = process.argv.includes('--quick');
const generated = (name: string, participants: number, tables: number): Case => ({
  name,
  event: generateSchedulingEvent({
    participants,
    requests: participants * 4,
    slots: 18,
    tables,
    seed: 2027,
    onlineShare: 0.2,
    declinedShare: 0.05,
  }),
  timeLimitMs: 30_000,
});
const cases: Case[] = [
  ...index.instances.map((i) => ({
    name: i.name,
    event: JSON.parse(readFileSync(new URL(i.file, fixtures), 'utf8')) as SchedulingEvent,
    timeLimitMs: 10_000,
    optimum: i.optimum,
  })),
  // 1,000 tables leave the participants as the binding constraint; 450 make tables bind too.
  ...(quick
    ? []
    : [
        generated('hybrid-1500 (225 tables)', 1500, 225),
        generated('hybrid-3000 (1000 tables)', 3000, 1000),
        generated('hybrid-3000 (450 tables)', 3000, 450),
      ]),
];

const rows = [];
for (const { name, event, timeLimitMs, optimum } of cases) {
  // A fresh worker per instance, as in the CLI, so no instance inherits another's solver state.
  const solver = highsWorker();
  const started = performance.now();
  const result = await scheduleMeetings(event, { timeLimitMs, clock: () => performance.now(), solver });
  const seconds = (performance.now() - started) / 1000;
  await solver.close();
  const violations = validateSchedule(event, result).length;
  const reference = optimum ?? result.upperBound;
  const greedy = firstFitGreedy(event).weight;
  const row = {
    instance: name,
    reference: optimum === undefined ? `bound ${reference}` : `optimum ${reference}`,
    weight: result.weight,
    ratio: (result.weight / reference).toFixed(4),
    'our bound': `${result.upperBound} (${result.stats.boundSource})`,
    seconds: seconds.toFixed(2),
    'first-fit ratio': (greedy / reference).toFixed(4),
    valid: violations === 0 ? 'yes' : `NO (${violations})`,
    online: result.meetings.filter((m) => m.table === 0).length,
    declined: event.excludedPairs?.length ?? 0,
    'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stderr.write(`${JSON.stringify(row)}\n`);
  rows.push(row);
}
console.table(rows);
