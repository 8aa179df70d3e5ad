// "What if": how many more meetings the organiser would get with one more interpreter of a
// language pair, one more table or one more slot. The real scheduler runs on the event as it
// stands (accepted requests, availability, locked meetings, excluded pairs), once as it is and
// once per added resource, each counting meetings (every weight 1). The runs go one after the
// other in one worker thread (the runner of scheduling, as a series sharing its start-up), so the
// server keeps answering, and share one time limit; where the limit ends before both optima are proven the gain is a range
// from the proven bounds, and the report says so.
import type { z } from 'zod';
import type { ScheduleResult, SchedulingEvent } from '../../../core/scheduling/index';
import type { WhatIfInput, WhatIfReport } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import type { ScheduleJob } from '../../solver/schedule-in-worker';
import * as repo from './events.repository';
import { buildEngineInput } from './engine-input';
import { organisationsMetBefore } from './schedule-event';

/** The pairs most in demand are tried; more would split the time limit too thin to say anything. */
export const MAX_PAIRS_TRIED = 6;
/** Each run gets at least this much: less proves next to nothing. */
const MIN_MS_PER_RUN = 500;
/** What starting the worker (tsx, HiGHS) takes, given to the first run on top of its share. */
const WORKER_START_MS = 2500;
/** The id of the slot the "one more slot" run adds after the last meeting slot. */
const EXTRA_SLOT = 'what-if-extra-slot';

type Option = Pick<WhatIfReport['options'][number], 'resource' | 'pair'> & { event: SchedulingEvent };

/**
 * The event with one more of each resource. The added slot follows the last meeting slot, as
 * long as that one and after the same gap; whoever can attend the last slot can attend it (the
 * day runs on for those still there).
 */
export function withOneMore(event: SchedulingEvent): { options: Option[]; pairsLeftOut: number } {
  const demand = new Map<string, number>();
  for (const r of event.requests) if (r.interpreterPair) demand.set(r.interpreterPair, (demand.get(r.interpreterPair) ?? 0) + 1);
  const pairs = [...demand.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([pair]) => pair);
  const tried = pairs.slice(0, MAX_PAIRS_TRIED);
  const options: Option[] = tried.map((pair) => ({
    resource: 'interpreter',
    pair,
    event: { ...event, interpreters: { ...event.interpreters, [pair]: (event.interpreters?.[pair] ?? 0) + 1 } },
  }));
  options.push({ resource: 'table', pair: null, event: { ...event, tables: event.tables + 1 } });
  const last = event.slots.at(-1);
  if (last) {
    const before = event.slots.at(-2);
    const length = Date.parse(last.end) - Date.parse(last.start);
    const gap = before ? Math.max(0, Date.parse(last.start) - Date.parse(before.end)) : 0;
    const start = Date.parse(last.end) + gap;
    const slot = { id: EXTRA_SLOT, start: new Date(start).toISOString(), end: new Date(start + length).toISOString() };
    const participants = event.participants.map((p) =>
      p.available && !p.available.includes(last.id) ? p : { ...p, ...(p.available ? { available: [...p.available, EXTRA_SLOT] } : {}) },
    );
    options.push({ resource: 'slot', pair: null, event: { ...event, slots: [...event.slots, slot], participants } });
  }
  return { options, pairsLeftOut: pairs.length - tried.length };
}

const counted = (r: Pick<ScheduleResult, 'meetings' | 'upperBound'>) => ({
  meetings: r.meetings.length,
  possible: Math.max(r.meetings.length, Math.floor(r.upperBound + 1e-9)),
});

/** Runs the engine on each job in turn: scheduleSeriesInWorker in the app. */
export type SeriesRunner = (jobs: ScheduleJob[]) => Promise<ScheduleResult[]>;

/** The report for the event as it stands now; nothing is written. */
export async function whatIf(
  db: Db,
  eventId: string,
  input: z.output<typeof WhatIfInput>,
  deps: { now: Date; run: SeriesRunner; clock?: () => number },
): Promise<WhatIfReport> {
  const clock = deps.clock ?? (() => performance.now());
  const started = clock();
  const event = await repo.findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  const [regs, requests, meetings] = await Promise.all([repo.listRegistrations(db, eventId), repo.listRequests(db, eventId), repo.listMeetings(db, eventId)]);
  const built = buildEngineInput(event, regs, requests, meetings, deps.now, await organisationsMetBefore(db, event));
  // Counting meetings, not weighing them: every request weighs 1.
  const engine: SchedulingEvent = { ...built.engine, requests: built.engine.requests.map((r) => ({ ...r, weight: 1 })) };
  const { options, pairsLeftOut } = withOneMore(engine);
  const msPerRun = Math.max(MIN_MS_PER_RUN, (input.timeLimitSeconds * 1000 - WORKER_START_MS) / (options.length + 1));
  const total = engine.requests.length;
  const job = (e: SchedulingEvent, extra = 0): ScheduleJob => ({ event: e, timeLimitMs: msPerRun + extra, locked: built.locked, seed: 1 });
  // Without requests there is nothing to schedule, whatever is added.
  const [now, ...withMore] = total === 0 ? [] : await deps.run([job(engine, WORKER_START_MS), ...options.map((o) => job(o.event))]);
  const current = now ? counted(now) : { meetings: 0, possible: 0 };
  const report = options.map((option, i) => {
    const found = withMore[i] ? counted(withMore[i]) : current;
    const gainAtLeast = Math.max(0, found.meetings - current.possible);
    const gainAtMost = Math.max(gainAtLeast, found.possible - current.meetings);
    return { resource: option.resource, pair: option.pair, ...found, gainAtLeast, gainAtMost, exact: gainAtLeast === gainAtMost };
  });
  return { requests: total, current, options: report, pairsLeftOut, secondsPerRun: msPerRun / 1000, elapsedMs: Math.round(clock() - started) };
}
