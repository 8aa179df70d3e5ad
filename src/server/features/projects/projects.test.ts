// The projects API: creating, replacing and deleting projects, revisions, gates, deliverables and
// indicators. Files, documents, IATI and editing the parts of a project have test files of their own.
import { describe, expect, it } from 'vitest';
import { fullProject } from '../../../../test/fixtures/iati/full-project';
import { buildProject, projectInput } from '../../../../test/factories';
import { en, pilotActivity, useProjectsApp } from './projects.test-api';

const cast = useProjectsApp();

describe('projects API', () => {
  it('shows budgets and transactions to programme managers and admins only', async () => {
    const project = await buildProject(cast.t);
    const url = `/api/projects/${project.id}`;
    expect((await cast.t.app.inject({ url })).statusCode).toBe(401);
    const asMember = (await cast.t.app.inject({ headers: cast.member, url })).json();
    expect(asMember.title.en).toBe(project.title.en);
    expect(asMember).not.toHaveProperty('budgetLines');
    expect(asMember).not.toHaveProperty('transactions');
    const asAdmin = (await cast.t.app.inject({ headers: cast.admin, url })).json();
    expect(asAdmin.budgetLines).toEqual(projectInput(project.id).budgetLines);
    // Members may not write, nor download the IATI file (it carries the budgets).
    expect((await cast.t.app.inject({ headers: cast.member, method: 'DELETE', url })).statusCode).toBe(403);
    expect((await cast.t.app.inject({ headers: cast.member, url: `${url}/iati` })).statusCode).toBe(403);
  });

  it('creates, reads, replaces and deletes a project, keeping the exchange rate of each transaction', async () => {
    const created = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-test') });
    expect(created.statusCode).toBe(201);
    expect(created.json().transactions[0]).toEqual(projectInput('p-test').transactions[0]);
    expect((await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-test') })).statusCode).toBe(409);

    const changed = {
      ...projectInput('p-test'),
      title: { ...projectInput('p-test').title, nl: 'Waterstofbussen in Hebei' },
      revision: created.json().revision,
    };
    const updated = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url: '/api/projects/p-test', payload: changed });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().title.nl).toBe('Waterstofbussen in Hebei');

    const audit = await cast.t.app.inject({ headers: cast.admin, url: '/api/audit?entityType=project&entityId=p-test' });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);

    const other = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-gone') });
    expect(other.statusCode).toBe(201);
    expect((await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url: '/api/projects/p-gone' })).statusCode).toBe(204);
    expect((await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p-gone' })).statusCode).toBe(404);
  });

  it('stores every part of the model: budgets per period, transactions with their rates, bodies, indicators', async () => {
    const created = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: fullProject() });
    expect(created.statusCode).toBe(201);
    const {
      createdAt: _c,
      updatedAt: _u,
      documentFiles: _f,
      revision: _r,
      ...stored
    } = (await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/full' })).json();
    expect(stored).toEqual(JSON.parse(JSON.stringify(fullProject())));
  });

  it('refuses a whole-project update based on a stale revision (409) and writes nothing of it; focused changes raise the revision', async () => {
    const created = (await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-stale') })).json();
    const url = '/api/projects/p-stale';
    const put = (title: string, revision: number) =>
      cast.t.app.inject({ headers: cast.pm, method: 'PUT', url, payload: { ...projectInput('p-stale'), title: en(title), revision } });
    // Two managers opened the same revision; the first to save wins, the second is told to reload.
    const first = await put('First edit', created.revision);
    expect(first.statusCode).toBe(200);
    expect(first.json().revision).toBeGreaterThan(created.revision);
    const second = await put('Second edit', created.revision);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: 'stale_revision', message: expect.stringContaining('changed by someone else since you opened it') });
    const stored = (await cast.t.app.inject({ headers: cast.pm, url })).json();
    expect(stored.title).toEqual(en('First edit'));
    expect(stored.revision).toBe(first.json().revision);
    const audit = await cast.t.app.inject({ headers: cast.admin, url: `/api/audit?entityType=project&entityId=p-stale` });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    // The contract says so: the update's body requires the revision.
    const operation = (await cast.t.app.inject({ url: '/api/openapi.json' })).json().paths['/api/projects/{id}'].put;
    const body = operation.requestBody.content['application/json'].schema;
    expect(body.required).toContain('revision');
    expect(body.properties.revision.description).toContain('optimistic concurrency');
    // Without a revision the update is refused as invalid, naming the field.
    const missing = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url, payload: projectInput('p-stale') });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues.map((i: { path: string }) => i.path)).toContain('revision');
    // A focused change (a gate decision) raises the revision too: an update based on the old one is stale.
    const decided = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: `${url}/phases/p-stale-ph1/gate`,
      payload: { status: 'go', rationale: en('go') },
    });
    expect(decided.json().revision).toBe(stored.revision + 1);
    expect((await put('Third edit', stored.revision)).statusCode).toBe(409);
    expect((await put('Third edit', decided.json().revision)).statusCode).toBe(200);
    await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url });
  });

  it('names the field of a broken reference in a whole-project update', async () => {
    const created = (await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-refs') })).json();
    const project = projectInput('p-refs');
    const payload = {
      ...project,
      revision: created.revision,
      transactions: [{ ...project.transactions[0]!, providerOrganisationId: 'nobody' }],
      agreements: [
        {
          id: 'p-refs-ag',
          kind: 'mou',
          title: en('MoU'),
          partyOrganisationIds: ['p-refs-o1'],
          status: 'signed',
          date: { precision: 'year', year: 2030 },
          signingActivityId: 'no-such-activity',
        },
      ],
    };
    const res = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url: '/api/projects/p-refs', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'transactions.0.providerOrganisationId', message: 'unknown organisation nobody' }),
        expect.objectContaining({ path: 'agreements.0.signingActivityId', message: 'unknown activity no-such-activity' }),
      ]),
    );
    expect((await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p-refs' })).json().revision).toBe(created.revision);
    await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url: '/api/projects/p-refs' });
  });

  it('decides a gate once when two managers decide it at the same moment', async () => {
    await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-race') });
    const decide = (status: 'go' | 'no-go') =>
      cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects/p-race/phases/p-race-ph1/gate', payload: { status, rationale: en(status) } });
    const answers = await Promise.all([decide('go'), decide('no-go')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const gate = (await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p-race' })).json().phases[0].gate;
    const winner = answers.find((a) => a.statusCode === 200)!.json().phases[0].gate;
    expect(gate).toEqual(winner);
    await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url: '/api/projects/p-race' });
  });

  it('names every bad field in a 400, and broken references', async () => {
    const bad = { ...projectInput('p-bad'), status: 9, currency: 'USD', title: { original: 'zh', en: 'x' } };
    const res = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: bad });
    expect(res.statusCode).toBe(400);
    const paths = res.json().issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['status', 'currency', 'title']));
    expect(res.json().message).toContain('title: the original language must have a text');

    const dangling = { ...projectInput('p-bad'), participations: [{ id: 'x', organisationId: 'nobody', role: 1 }] };
    const refused = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: dangling });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('unknown organisation nobody');
    expect((await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p-bad' })).statusCode).toBe(404);
  });

  it('refuses to start an activity of a phase whose previous gate is not go (409), then accepts it after a go', async () => {
    const started = pilotActivity('p-test-a2', 'in-progress');
    const refused = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects/p-test/activities', payload: started });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('the gate of phase p-test-ph1 is pending, not go');
    // The reader gets the rule as a code naming the phase, not the English sentence.
    expect(refused.json()).toMatchObject({ code: 'gate_not_passed', params: { phase: 'Study' } });
    // Planning it is fine; starting it is not.
    const planned = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-test/activities',
      payload: pilotActivity('p-test-a2', 'planned'),
    });
    expect(planned.statusCode).toBe(201);
    const { id: _id, ...update } = started;
    const stillRefused = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url: '/api/projects/p-test/activities/p-test-a2', payload: update });
    expect(stillRefused.statusCode).toBe(409);

    const go = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-test/phases/p-test-ph1/gate',
      payload: { status: 'go', decidedBy: 'Steering committee', decidedAt: '2030-03-01', rationale: en('The study is positive.') },
    });
    expect(go.statusCode).toBe(200);
    expect(go.json().phases[0].gate).toMatchObject({ status: 'go', decidedBy: 'Steering committee', decidedAt: '2030-03-01' });
    const accepted = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url: '/api/projects/p-test/activities/p-test-a2', payload: update });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().phases[1].activities[0].status).toBe('in-progress');

    const again = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-test/phases/p-test-ph1/gate',
      payload: { status: 'no-go', rationale: en('Changed our minds.') },
    });
    expect(again.statusCode).toBe(409);
    const unknownPhase = await cast.t.app.inject({
      headers: cast.pm,
      method: 'PUT',
      url: '/api/projects/p-test/activities/p-test-a2',
      payload: { ...update, phaseId: 'nope' },
    });
    expect(unknownPhase.statusCode).toBe(400);
    expect(unknownPhase.json().issues[0].path).toBe('phaseId');
  });

  it('closes the project on a no-go, with who, when and why', async () => {
    await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects', payload: projectInput('p-nogo') });
    const res = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-nogo/phases/p-nogo-ph1/gate',
      payload: { status: 'no-go', decidedAt: '2030-04-01', rationale: en('No partner for the pilot.') },
    });
    expect(res.statusCode).toBe(200);
    const project = res.json();
    expect(project.status).toBe(5);
    expect(project.closure).toEqual({ phaseId: 'p-nogo-ph1', decidedAt: '2030-04-01', reason: en('No partner for the pilot.') });
    expect(project.phases[0].gate.decidedBy).toBe(cast.pmEmail);
    const listed = (await cast.t.app.inject({ url: '/api/projects?status=5' })).json().items;
    expect(listed.map((p: { id: string }) => p.id)).toEqual(['p-nogo']);
    expect(listed[0]).toMatchObject({ closed: true, nextPendingGate: null });
    // Nothing starts in a closed project.
    const add = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-nogo/activities',
      payload: { ...pilotActivity('p-nogo-a2', 'in-progress'), phaseId: 'p-nogo-ph2' },
    });
    expect(add.statusCode).toBe(409);
    expect(add.json().message).toContain('closed');
  });

  it('counts a deliverable overdue until it is delivered with evidence', async () => {
    const overdue = async () =>
      (await cast.t.app.inject({ url: '/api/projects' })).json().items.find((p: { id: string }) => p.id === 'p-test').overdueDeliverableCount;
    expect(await overdue()).toBe(1);
    const missingEvidence = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-test/deliverables/p-test-dl1/delivered',
      payload: { evidence: [] },
    });
    expect(missingEvidence.statusCode).toBe(400);
    expect(missingEvidence.json().issues[0].path).toBe('evidence');
    const res = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-test/deliverables/p-test-dl1/delivered',
      payload: { evidence: [{ note: en('Report sent to the province'), documentId: 'p-test-d1' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().phases[0].activities[0].deliverables[0]).toMatchObject({
      status: 'delivered',
      evidence: [{ id: 'p-test-dl1-evidence-1', note: en('Report sent to the province'), documentId: 'p-test-d1' }],
    });
    expect(await overdue()).toBe(0);
  });

  it('records indicator actuals', async () => {
    const url = '/api/projects/p-test/indicators/p-test-i1/periods/p-test-i1-2030/actual';
    expect((await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url, payload: {} })).statusCode).toBe(400);
    const res = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url, payload: { value: 4, comment: en('Four buses by June') } });
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0].indicators[0].periods[0]).toMatchObject({ target: { value: 10 }, actual: { value: 4 } });
    const unknown = await cast.t.app.inject({ headers: cast.pm, method: 'PUT', url: url.replace('2030/actual', '2099/actual'), payload: { value: 1 } });
    expect(unknown.statusCode).toBe(404);
  });
});
