import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthHeaders } from '../../../../test/accounts';
import { askHealthWhileScheduling, createLargeEvent } from '../../../../test/health-while-scheduling';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { buildCast } from '../../../../test/factories';

// The engine runs in a worker thread: while a large event is being scheduled the server keeps
// answering other requests. HiGHS on the request thread would block it for seconds at a time on
// 144,000 variables, and no health answer would come back before the schedule. How fast the
// answers come is a figure of `npm run bench:scheduling-responsiveness`, not a test: a loaded
// machine must not fail it.
let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  pm = cast.headers['programme-manager'];
  await createLargeEvent(t.app, t.database.db, pm, cast.organisations.a.id);
}, 60_000);
afterAll(() => t.close());

it('answers GET /api/health while a large event is being scheduled', async () => {
  const { schedule, health } = await askHealthWhileScheduling(t.app, pm, 6);
  expect(schedule.statusCode).toBe(200);
  expect(schedule.run.meetings).toBeGreaterThan(0);
  expect(schedule.run.meetings).toBeLessThanOrEqual(schedule.run.possible);
  // Several answers came back, all of them healthy, before the schedule was stored.
  expect(health.length).toBeGreaterThanOrEqual(3);
  expect(health.every((answer) => answer.statusCode === 200)).toBe(true);
}, 60_000);
