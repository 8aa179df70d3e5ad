import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthHeaders, createCast } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { generateSchedulingEvent } from '../../../../bench/generators/scheduling-event';
import { eventRegistrations, meetingRequests } from '../../db/schema';

// The engine runs in a worker thread: while a large event is being scheduled the server keeps
// answering other requests.
let t: TestApp;
let pm: AuthHeaders;
/** Big enough that the engine uses its whole time limit (it proves smaller events optimal early). */
const large = generateSchedulingEvent({ participants: 2000, requests: 8000, slots: 18, tables: 300, seed: 7 });
const inChunks = <T>(rows: T[], size = 1000) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

beforeAll(async () => {
  t = await createTestApp();
  pm = (await createCast(t)).headers['programme-manager'];
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/events',
    headers: pm,
    payload: { id: 'large', title: 'Large matchmaking', languages: ['en'], tables: large.tables, slots: large.slots.map(({ id, start, end }) => ({ id, start, end })) },
  });
  expect(created.statusCode).toBe(201);
  // 2,000 delegates and 8,000 accepted requests, written in bulk: the API would take minutes.
  const slotIds = large.slots.map((s) => s.id);
  const registrations = large.participants.map((p) => ({
      id: p.id,
      eventId: 'large',
      organisationId: 'org-a',
      delegateName: `Delegate ${p.id}`,
      delegateEmail: `${p.id}@org-a.example`,
      languages: ['en'],
      blockedSlots: p.available ? slotIds.filter((s) => !p.available!.includes(s)) : [],
      offers: [],
    }));
  for (const chunk of inChunks(registrations)) await t.database.db.insert(eventRegistrations).values(chunk);
  const requests = large.requests.map((r) => ({
      id: r.id,
      eventId: 'large',
      requesterId: r.participants[0]!,
      invitees: r.participants.slice(1).map((registrationId) => ({ registrationId, response: 'accepted' as const, respondedAt: null })),
      priority: (r.weight ?? 1) >= 2 ? ('must-meet' as const) : ('would-like-to' as const),
      mutual: (r.weight ?? 1) >= 3,
      status: 'accepted' as const,
    }));
  for (const chunk of inChunks(requests)) await t.database.db.insert(meetingRequests).values(chunk);
}, 60_000);
afterAll(() => t.close());

it('answers GET /api/health promptly while a large event is being scheduled', async () => {
  let done = false;
  const scheduling = t.app.inject({ method: 'POST', url: '/api/events/large/schedule', headers: pm, payload: { timeLimitSeconds: 6 } }).finally(() => {
    done = true;
  });
  // Ask for the health every 100 ms until the schedule is stored; keep the answers that came
  // back while it was still being computed.
  const answeredWhileScheduling: number[] = [];
  while (!done) {
    const asked = performance.now();
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    if (!done) answeredWhileScheduling.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const outcome = await scheduling;
  expect(outcome.statusCode).toBe(200);
  const { run } = outcome.json() as { run: { meetings: number; possible: number; elapsedMs: number } };
  expect(run.meetings).toBeGreaterThan(0);
  expect(run.meetings).toBeLessThanOrEqual(run.possible);
  expect(run.elapsedMs).toBeLessThan(6_000 + 1_500);
  // The engine ran for its whole limit; the health answered all along, at once (HiGHS on this
  // thread would block it for seconds at a time on 144,000 variables).
  expect(answeredWhileScheduling.length).toBeGreaterThanOrEqual(Math.floor(run.elapsedMs / 1_000) * 5);
  const sorted = [...answeredWhileScheduling].sort((x, y) => x - y);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
  expect(sorted.at(-1)).toBeLessThan(1_000);
}, 60_000);
