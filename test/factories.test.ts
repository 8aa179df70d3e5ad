import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent, buildOpportunity, buildOrganisation, buildProject, buildRegion, buildRegistration, buildUser } from './factories';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('test factories', () => {
  it('build records the API then serves, each under a fresh id', async () => {
    const region = await buildRegion(t);
    const organisation = await buildOrganisation(t, { region });
    expect(organisation.homeRegionId).toBe(region.id);
    expect((await t.app.inject({ url: `/api/regions/${region.id}` })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/organisations/${organisation.id}` })).json().name).toBe(organisation.name);
    expect((await buildRegion(t)).id).not.toBe(region.id);
  });

  it('fill the parents they are not given', async () => {
    const opportunity = await buildOpportunity(t);
    expect((await t.app.inject({ url: `/api/regions/${opportunity.regionId}` })).statusCode).toBe(200);
    const registration = await buildRegistration(t);
    expect((await t.app.inject({ url: `/api/organisations/${registration.organisationId}` })).statusCode).toBe(200);
    const member = await buildUser(t, { role: 'member' });
    expect(member.organisationId).not.toBeNull();
    const official = await buildUser(t, { role: 'partner-official' });
    const me = (await t.app.inject({ headers: official.headers, url: '/api/auth/me' })).json();
    expect(me.user).toMatchObject({ email: official.email, role: 'partner-official', regionId: official.regionId });
  });

  it('build a project and an event that the API serves', async () => {
    const manager = await buildUser(t, { role: 'programme-manager' });
    const project = await buildProject(t);
    expect((await t.app.inject({ headers: manager.headers, url: `/api/projects/${project.id}` })).json().budgetLines).toHaveLength(1);
    const event = await buildEvent(t);
    expect((await t.app.inject({ headers: manager.headers, url: `/api/events/${event.id}` })).json().slots.map((s: { id: string }) => s.id)).toEqual([
      's1',
      's2',
    ]);
  });
});
