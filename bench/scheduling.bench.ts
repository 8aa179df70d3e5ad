// Meeting scheduler benchmark: node --import tsx bench/scheduling.bench.ts [--quick] [--only TEXT]
// (--only: the rows whose name contains TEXT, e.g. `--only hybrid-3000`).
// Dev instances get the CLI's default 10 s, the generated events 30 s. The generated events come
// in-person only (the original rows, still the same instances) and hybrid: 20 % of the
// participants attend online (their meetings with each other take no table) and 5 % of the
// requested pairs were declined (the schedule must leave them out); one hybrid row also has 10 %
// of the requests where the asker brings a colleague of their organisation (a three-person
// meeting both colleagues must be free for). Figures: README, "Benchmarks".
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
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
interface Hybrid {
  onlineShare: number;
  declinedShare: number;
  colleagueShare?: number;
}
const hybrid: Hybrid = { onlineShare: 0.2, declinedShare: 0.05 };
const generated = (name: string, participants: number, tables: number, constraints?: Hybrid): Case => ({
  name,
  event: generateSchedulingEvent({ participants, requests: participants * 4, slots: 18, tables, seed: 2027, ...constraints }),
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
        generated('generated-3000 (1000 tables)', 3000, 1000),
        generated('generated-3000 (450 tables)', 3000, 450),
        generated('hybrid-1500 (225 tables)', 1500, 225, hybrid),
        generated('hybrid-3000 (1000 tables)', 3000, 1000, hybrid),
        generated('hybrid-3000 (450 tables)', 3000, 450, hybrid),
        generated('hybrid+colleagues-3000 (450 tables)', 3000, 450, { ...hybrid, colleagueShare: 0.1 }),
      ]),
];

const rows = [];
for (const { name, event, timeLimitMs, optimum } of cases.filter((c) => only === undefined || c.name.includes(only))) {
  // A fresh worker per instance, as in the CLI, so no instance inherits another's solver state.
  const solver = highsWorker();
  const started = performance.now();
  const result = await scheduleMeetings(event, { timeLimitMs, clock: () => performance.now(), solver });
  const seconds = (performance.now() - started) / 1000;
  await solver.close();
  const violations = validateSchedule(event, result).length;
  const reference = optimum ?? result.upperBound;
  const greedy = firstFitGreedy(event).weight;
  const sizes = new Map(event.requests.map((r) => [r.id, r.participants.length]));
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
    'of 3+': result.meetings.filter((m) => (sizes.get(m.request) ?? 0) > 2).length,
    declined: event.excludedPairs?.length ?? 0,
    'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stderr.write(`${JSON.stringify(row)}\n`);
  rows.push(row);
}
console.table(rows);
