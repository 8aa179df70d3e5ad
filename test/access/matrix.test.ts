// The authorisation matrix: every route of the OpenAPI document, called as every kind of caller
// on real records. A route without a row fails the coverage test: whoever adds a route decides
// who may call it, here too.
import { describe, expect, it } from 'vitest';
import { cast } from '../accounts';
import { accountRows } from './matrix-accounts';
import { directoryRows } from './matrix-directory';
import { eventDeskRows } from './matrix-event-desk';
import { eventRows } from './matrix-events';
import { followUpRows } from './matrix-follow-up';
import { matchingRows } from './matrix-matching';
import { projectRows } from './matrix-projects';
import { fx, type Outcome, openApiRoutes, type Rows, useAccessApp } from './setup';

const parts = [accountRows, directoryRows, projectRows, eventRows, eventDeskRows, followUpRows, matchingRows];
const matrix: Rows = Object.assign({}, ...parts);

useAccessApp();

function meets(expected: Outcome, status: number, body: string): boolean {
  if (expected === 'ok') return status >= 200 && status < 300;
  if (typeof expected === 'number') return status === expected;
  return status === 403 && (JSON.parse(body) as { error?: string }).error === expected;
}

describe('authorisation matrix', () => {
  it('has exactly one row for every route of the OpenAPI document', async () => {
    const routes = await openApiRoutes();
    expect(routes.length).toBeGreaterThan(100);
    const keys = parts.flatMap((rows) => Object.keys(rows));
    expect(
      keys.filter((key, i) => keys.indexOf(key) !== i),
      'routes with two rows',
    ).toEqual([]);
    expect(
      routes.filter((r) => !matrix[r.key]).map((r) => r.key),
      'add a row to a test/access/matrix-*.ts file',
    ).toEqual([]);
    expect(
      Object.keys(matrix).filter((key) => !routes.some((r) => r.key === key)),
      'rows of routes that no longer exist',
    ).toEqual([]);
  });

  for (const who of cast) {
    it(`as ${who}`, async () => {
      const routes = await openApiRoutes();
      const failures: string[] = [];
      for (const route of routes) {
        const row = matrix[route.key];
        if (!row) continue; // the coverage test names it
        const call = await row.call(who);
        const res = await fx.t.app.inject({
          method: route.method as 'GET',
          url: call.url ?? route.path,
          payload: call.payload as object | undefined,
          headers: call.headers ?? fx.h[who],
        });
        const expected = row.expect[who];
        if (!meets(expected, res.statusCode, res.body)) failures.push(`${route.key}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
