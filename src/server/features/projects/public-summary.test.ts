import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsProgrammeManager, type AuthHeaders } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked by the assertions
type Json = Record<string, any>;
const get = async (url: string, headers: AuthHeaders = {}) => {
  const res = await t.app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, body: res.body, json: () => res.json() as Json };
};

describe('GET /api/projects/:id/summary (public)', () => {
  it('shows a visitor every seeded project’s purpose, partners, phases with gates and results, and never budgets, people, documents or notes', async () => {
    const list = (await get('/api/projects')).json().items as Json[];
    expect(list.length).toBeGreaterThan(0);
    let withBudget = 0;
    for (const { id } of list) {
      const whole = (await get(`/api/projects/${id}`, pm)).json();
      const res = await get(`/api/projects/${id}/summary`);
      expect(res.status, id).toBe(200);
      const summary = res.json();
      expect(summary.title).toEqual(whole.title);
      expect(summary.purpose).toEqual(whole.purpose);
      expect(summary.phases.map((p: Json) => [p.id, p.gate.status])).toEqual(
        [...whole.phases].sort((a: Json, b: Json) => a.order - b.order).map((p: Json) => [p.id, p.gate.status]),
      );
      expect(summary.partners.map((p: Json) => p.id)).toEqual(whole.organisations.map((o: Json) => o.id));
      expect(summary.results.map((r: Json) => r.id)).toEqual(whole.results.map((r: Json) => r.id));
      for (const field of ['budgetLines', 'transactions', 'people', 'documents', 'agreements', 'bodies', 'documentFiles', 'currency', 'iati', 'revision']) {
        expect(summary, `${id}: ${field}`).not.toHaveProperty(field);
      }
      // Nothing confidential anywhere in the answer: no amounts, no person, no gate rationale, no evidence note.
      const text = res.body;
      for (const line of whole.budgetLines ?? []) expect(text).not.toContain(`"amount":${line.amount}`);
      expect(text).not.toContain('"amount"');
      for (const person of whole.people) expect(text, `${id}: ${person.name}`).not.toContain(person.name);
      for (const phase of whole.phases) expect(phase.gate.rationale === undefined || !text.includes(JSON.stringify(phase.gate.rationale))).toBe(true);
      expect(text).not.toContain('rationale');
      expect(text).not.toContain('evidence');
      withBudget += (whole.budgetLines?.length ?? 0) > 0 ? 1 : 0;
    }
    // The check above means something: the seed has projects with budgets.
    expect(withBudget).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown project, and the whole project stays for signed-in users', async () => {
    expect((await get('/api/projects/nope/summary')).status).toBe(404);
    const { id } = ((await get('/api/projects')).json().items as Json[])[0]!;
    expect((await get(`/api/projects/${id}`)).status).toBe(401);
  });
});
