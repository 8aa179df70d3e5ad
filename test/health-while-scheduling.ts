import { generateSchedulingEvent } from '../bench/generators/scheduling-event';
import type { Db } from '../src/server/db/open-database';
import { eventRegistrations, meetingRequests } from '../src/server/db/schema';
import type { App } from '../src/server/http';

// Shared by events.responsive.test.ts (the behaviour) and bench/scheduling-responsiveness.bench.ts
// (the figures): the engine runs in a worker thread, so the server keeps answering other requests
// while a large event is being scheduled. No vitest here: the bench imports it too.

/** Big enough that the engine uses its whole time limit (it proves smaller events optimal early). */
const large = generateSchedulingEvent({ participants: 2000, requests: 8000, slots: 18, tables: 300, seed: 7 });
const inChunks = <T>(rows: T[], size = 1000) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/**
 * Creates event `large` through the API, then writes its 2,000 delegates (of organisation
 * `organisationId`) and 8,000 accepted requests in bulk: through the API that would take minutes.
 */
export async function createLargeEvent(app: App, db: Db, manager: Record<string, string>, organisationId: string): Promise<void> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/events',
    headers: manager,
    payload: {
      id: 'large',
      title: 'Large matchmaking',
      languages: ['en'],
      tables: large.tables,
      slots: large.slots.map(({ id, start, end }) => ({ id, start, end })),
    },
  });
  if (created.statusCode !== 201) throw new Error(`creating the large event failed: ${created.statusCode} ${created.body}`);
  const slotIds = large.slots.map((s) => s.id);
  const registrations = large.participants.map((p) => ({
    id: p.id,
    eventId: 'large',
    organisationId,
    delegateName: `Delegate ${p.id}`,
    delegateEmail: `${p.id}@${organisationId}.example`,
    languages: ['en'],
    blockedSlots: p.available ? slotIds.filter((s) => !p.available!.includes(s)) : [],
    offers: [],
  }));
  for (const chunk of inChunks(registrations)) await db.insert(eventRegistrations).values(chunk);
  const requests = large.requests.map((r) => ({
    id: r.id,
    eventId: 'large',
    requesterId: r.participants[0]!,
    invitees: r.participants.slice(1).map((registrationId) => ({ registrationId, response: 'accepted' as const, respondedAt: null })),
    priority: (r.weight ?? 1) >= 2 ? ('must-meet' as const) : ('would-like-to' as const),
    mutual: (r.weight ?? 1) >= 3,
    status: 'accepted' as const,
  }));
  for (const chunk of inChunks(requests)) await db.insert(meetingRequests).values(chunk);
}

export type HealthWhileScheduling = {
  /** The answer to POST /api/events/large/schedule. */
  schedule: { statusCode: number; run: { meetings: number; possible: number; elapsedMs: number } };
  /** Status and latency (ms) of each GET /api/health that came back while the schedule was still being computed. */
  health: { statusCode: number; ms: number }[];
};

/** Schedules event `large`, asking for the health every 100 ms until the schedule is stored. */
export async function askHealthWhileScheduling(app: App, manager: Record<string, string>, timeLimitSeconds: number): Promise<HealthWhileScheduling> {
  let done = false;
  const scheduling = app.inject({ method: 'POST', url: '/api/events/large/schedule', headers: manager, payload: { timeLimitSeconds } }).finally(() => {
    done = true;
  });
  const health: HealthWhileScheduling['health'] = [];
  while (!done) {
    const asked = performance.now();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    if (!done) health.push({ statusCode: res.statusCode, ms: performance.now() - asked });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const outcome = await scheduling;
  return { schedule: { statusCode: outcome.statusCode, run: outcome.json().run }, health };
}
