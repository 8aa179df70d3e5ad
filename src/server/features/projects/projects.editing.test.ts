// Editing the parts of a project: deliverables, indicator periods and documents.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildProject } from '../../../../test/factories';
import { en, pilotActivity, useProjectsApp } from './projects.test-api';

const cast = useProjectsApp();

describe('editing deliverables, indicator periods and documents', () => {
  const base = '/api/projects/p-edit';
  const send = (headers: AuthHeaders, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    cast.t.app.inject({ headers, method, url: `${base}${url}`, ...(payload ? { payload } : {}) });
  const deliverable = (activityId: string) => ({
    activityId,
    title: en('Feasibility study'),
    due: { precision: 'quarter', year: 2030, quarter: 3 },
    ownerOrganisationId: 'p-edit-o1',
    status: 'planned',
  });
  const auditActions = async (entityType: string, entityId: string) =>
    (await cast.t.app.inject({ headers: cast.admin, url: `/api/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}` }))
      .json()
      .items.map((e: { action: string }) => e.action);
  beforeAll(async () => {
    await buildProject(cast.t, { id: 'p-edit' });
  });

  it('adds a deliverable to an activity, then edits it and moves it to an activity of another phase', async () => {
    const added = await send(cast.pm, 'POST', '/deliverables', deliverable('p-edit-a1'));
    expect(added.statusCode).toBe(201);
    const created = added.json().phases[0].activities[0].deliverables.at(-1);
    expect(created).toMatchObject({
      title: en('Feasibility study'),
      due: { precision: 'quarter', year: 2030, quarter: 3 },
      ownerOrganisationId: 'p-edit-o1',
      status: 'planned',
      evidence: [],
    });
    expect(created.id).toMatch(/^p-edit-deliverable-/);

    const planned = { ...pilotActivity('p-edit-a2', 'planned'), phaseId: 'p-edit-ph2' };
    expect((await send(cast.pm, 'POST', '/activities', planned)).statusCode).toBe(201);
    const { ownerOrganisationId: _owner, ...withoutOwner } = deliverable('p-edit-a2');
    const moved = await send(cast.pm, 'PUT', `/deliverables/${created.id}`, {
      ...withoutOwner,
      due: { precision: 'month', year: 2031, month: 5 },
      status: 'in-progress',
    });
    expect(moved.statusCode).toBe(200);
    const [phase1, phase2] = moved.json().phases;
    expect(phase1.activities[0].deliverables.map((d: { id: string }) => d.id)).toEqual(['p-edit-dl1']);
    expect(phase2.activities[0].deliverables).toEqual([
      { id: created.id, title: en('Feasibility study'), due: { precision: 'month', year: 2031, month: 5 }, status: 'in-progress', evidence: [] },
    ]);
    expect(await auditActions('project-deliverable', `p-edit/${created.id}`)).toEqual(['update', 'create']);
  });

  it('keeps the evidence of a delivered deliverable when it is edited', async () => {
    const url = '/deliverables/p-edit-dl1';
    expect((await send(cast.pm, 'POST', `${url}/delivered`, { evidence: [{ note: en('Sent') }] })).statusCode).toBe(200);
    const res = await send(cast.pm, 'PUT', url, { ...deliverable('p-edit-a1'), title: en('Study report, final'), status: 'delivered' });
    expect(res.statusCode).toBe(200);
    expect(res.json().phases[0].activities[0].deliverables[0]).toMatchObject({
      title: en('Study report, final'),
      status: 'delivered',
      evidence: [{ note: en('Sent') }],
    });
  });

  it('names the bad field of a deliverable, refuses members (403) and unknown deliverables or projects (404)', async () => {
    const paths = async (payload: object) => {
      const res = await send(cast.pm, 'POST', '/deliverables', payload);
      expect(res.statusCode).toBe(400);
      return res.json().issues.map((i: { path: string }) => i.path);
    };
    expect(await paths({ ...deliverable('p-edit-a1'), activityId: 'nope' })).toEqual(['activityId']);
    expect(await paths({ ...deliverable('p-edit-a1'), ownerOrganisationId: 'nobody' })).toEqual(['ownerOrganisationId']);
    expect(await paths({ ...deliverable('p-edit-a1'), status: 'delivered' })).toEqual(['status']);
    expect(await paths({ ...deliverable('p-edit-a1'), due: { precision: 'month', year: 2030, month: 13 } })).toEqual(['due.month']);
    expect(await paths({ ...deliverable('p-edit-a1'), title: { original: 'zh', en: 'x' } })).toEqual(['title']);
    expect((await send(cast.member, 'POST', '/deliverables', deliverable('p-edit-a1'))).statusCode).toBe(403);
    expect((await send(cast.member, 'PUT', '/deliverables/p-edit-dl1', deliverable('p-edit-a1'))).statusCode).toBe(403);
    expect((await send(cast.pm, 'PUT', '/deliverables/nope', deliverable('p-edit-a1'))).statusCode).toBe(404);
    const elsewhere = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects/nope/deliverables', payload: deliverable('p-edit-a1') });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('adds an indicator period with a target and edits it, keeping its actual', async () => {
    const added = await send(cast.pm, 'POST', '/indicators/p-edit-i1/periods', { start: '2031-01-01', end: '2031-12-31', target: { value: 25 } });
    expect(added.statusCode).toBe(201);
    const period = added.json().results[0].indicators[0].periods.at(-1);
    expect(period).toMatchObject({ start: '2031-01-01', end: '2031-12-31', target: { value: 25 } });
    expect((await send(cast.pm, 'PUT', `/indicators/p-edit-i1/periods/${period.id}/actual`, { value: 12 })).statusCode).toBe(200);
    const edited = await send(cast.pm, 'PUT', `/indicators/p-edit-i1/periods/${period.id}`, {
      start: '2031-01-01',
      end: '2031-06-30',
      target: { value: 20, comment: en('Half a year') },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().results[0].indicators[0].periods.at(-1)).toEqual({
      id: period.id,
      start: '2031-01-01',
      end: '2031-06-30',
      target: { value: 20, comment: en('Half a year') },
      actual: { value: 12 },
    });
    expect(await auditActions('project-indicator', 'p-edit/p-edit-i1')).toEqual(expect.arrayContaining(['period-create', 'period-update', 'actual']));
  });

  it('names the bad field of a period, refuses members (403) and unknown indicators or periods (404)', async () => {
    const url = '/indicators/p-edit-i1/periods';
    const backwards = await send(cast.pm, 'POST', url, { start: '2031-01-01', end: '2030-12-31' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().issues).toMatchObject([{ path: 'end', message: 'the period ends before it starts' }]);
    const noValue = await send(cast.pm, 'POST', url, { start: '2032-01-01', end: '2032-12-31', target: { comment: en('many') } });
    expect(noValue.statusCode).toBe(400);
    expect(noValue.json().issues[0].path).toBe('target.value');
    const badDate = await send(cast.pm, 'POST', url, { start: '2032-13-01', end: '2032-12-31' });
    expect(badDate.json().issues[0].path).toBe('start');
    expect((await send(cast.member, 'POST', url, { start: '2032-01-01', end: '2032-12-31' })).statusCode).toBe(403);
    expect((await send(cast.pm, 'POST', '/indicators/nope/periods', { start: '2032-01-01', end: '2032-12-31' })).statusCode).toBe(404);
    expect((await send(cast.pm, 'PUT', `${url}/nope`, { start: '2032-01-01', end: '2032-12-31' })).statusCode).toBe(404);
  });

  it('deletes a document with its file, but not while a deliverable cites it', async () => {
    const uploaded = await send(cast.pm, 'POST', '/documents', {
      title: en('Agenda'),
      category: 'A07',
      languages: ['en'],
      filename: 'agenda.txt',
      contentBase64: Buffer.from('Agenda').toString('base64'),
    });
    expect(uploaded.statusCode).toBe(201);
    const documentId = uploaded.json().documents.at(-1).id;
    expect((await send(cast.member, 'DELETE', `/documents/${documentId}`)).statusCode).toBe(403);
    const deleted = await send(cast.pm, 'DELETE', `/documents/${documentId}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().documents.map((d: { id: string }) => d.id)).not.toContain(documentId);
    expect(deleted.json().documentFiles).toEqual([]);
    expect((await cast.t.app.inject({ headers: cast.pm, url: `${base}/documents/${documentId}/file` })).statusCode).toBe(404);
    expect((await send(cast.pm, 'DELETE', `/documents/${documentId}`)).statusCode).toBe(404);
    expect(await auditActions('project', 'p-edit')).toContain('document-delete');

    expect(
      (await send(cast.pm, 'POST', '/deliverables/p-edit-dl1/delivered', { evidence: [{ note: en('Minutes'), documentId: 'p-edit-d1' }] })).statusCode,
    ).toBe(200);
    const cited = await send(cast.pm, 'DELETE', '/documents/p-edit-d1');
    expect(cited.statusCode).toBe(409);
    expect(cited.json().message).toContain('is the evidence of deliverable p-edit-dl1');
  });
});
