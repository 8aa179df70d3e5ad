import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, createAccount, signInAsProgrammeManager } from '../../../test/accounts';
import { buildProject } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
  const res = await t.app.inject({ method, url, headers: pm, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, json: () => res.json() };
};
const region = (id: string) => ({ id, side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: id } });
const organisation = (id: string, homeRegionId: string | null = null) => ({ id, name: id, type: 'company', country: 'CN', homeRegionId });
const slot = { id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' };

describe('deleting a record others still refer to', () => {
  it('a region of a partner official: 409 referenced_record naming the user accounts, and the region stays', async () => {
    expect((await call('POST', '/api/regions', region('anhui'))).status).toBe(201);
    await createAccount(t, { email: 'official@anhui.example', role: 'partner-official', regionId: 'anhui' });
    const res = await call('DELETE', '/api/regions/anhui');
    expect(res.status).toBe(409);
    expect(res.json()).toMatchObject({ error: 'referenced_record', message: expect.stringMatching(/^Region "anhui" is still referred to by user accounts/) });
    expect((await call('GET', '/api/regions/anhui')).status).toBe(200);
  });

  it("an organisation's home region: 409 naming the organisations", async () => {
    expect((await call('POST', '/api/regions', region('fujian'))).status).toBe(201);
    expect((await call('POST', '/api/organisations', organisation('fujian-solar', 'fujian'))).status).toBe(201);
    const res = await call('DELETE', '/api/regions/fujian');
    expect(res.status).toBe(409);
    expect(res.json()).toMatchObject({ error: 'referenced_record', message: expect.stringMatching(/referred to by organisations/) });
  });

  it('an organisation registered for an event: 409 naming the event registrations', async () => {
    expect((await call('POST', '/api/organisations', organisation('xiamen-water'))).status).toBe(201);
    expect((await call('POST', '/api/events', { id: 'fair', title: 'Fair', languages: ['en'], slots: [slot], tables: 1 })).status).toBe(201);
    const registration = { organisationId: 'xiamen-water', delegateName: 'Li', delegateEmail: 'li@xiamen.example', languages: ['en'] };
    expect((await call('POST', '/api/events/fair/registrations', registration)).status).toBe(201);
    const res = await call('DELETE', '/api/organisations/xiamen-water');
    expect(res.status).toBe(409);
    expect(res.json()).toMatchObject({
      error: 'referenced_record',
      message: expect.stringMatching(/^Organisation "xiamen-water" is still referred to by event registrations/),
    });
    expect((await call('GET', '/api/organisations/xiamen-water')).status).toBe(200);
  });
});

describe('an event naming a project activity', () => {
  const event = (id: string, extra: object) => ({ id, title: id, languages: ['en'], slots: [slot], tables: 1, ...extra });

  it('refuses an unknown project or activity with 400 naming the field', async () => {
    const project = await call('POST', '/api/events', event('e1', { projectId: 'no-such-project' }));
    expect(project.status).toBe(400);
    expect(project.json().issues).toMatchObject([{ path: 'projectId', message: 'there is no project "no-such-project"' }]);
    const { id: projectId } = await buildProject(t);
    const activity = await call('POST', '/api/events', event('e2', { projectId, activityId: 'no-such-activity' }));
    expect(activity.status).toBe(400);
    expect(activity.json().issues).toMatchObject([{ path: 'activityId', message: `project "${projectId}" has no activity "no-such-activity"` }]);
  });

  it('accepts a real one, and refuses an unknown one on update', async () => {
    const project = await buildProject(t);
    const activityId = project.phases[0]!.activities[0]!.id;
    expect((await call('POST', '/api/events', event('e3', { projectId: project.id, activityId }))).status).toBe(201);
    const res = await call('PATCH', '/api/events/e3', { activityId: 'gone' });
    expect(res.status).toBe(400);
    expect(res.json().issues[0].path).toBe('activityId');
  });
});
