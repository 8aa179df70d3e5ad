// The demo's projects, opportunities and twinnings as the API serves them, and the demo seed run once. Other tests build their
// own records (test/factories.ts); these are the ones about the demo itself.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useProjectsApp } from '../../features/projects/projects.test-api';
import { meta } from '../schema';
import { project004 } from './data/project-004';
import { seedDemoOnce } from './seed-demo';

const cast = useProjectsApp();

describe('demo project 004', () => {
  it('lists the demo project 004 for everyone, with its next pending gate and overdue deliverables', async () => {
    const res = await cast.t.app.inject({ url: '/api/projects' });
    expect(res.statusCode).toBe(200);
    const p004 = res.json().items.find((p: { id: string }) => p.id === 'p004');
    expect(p004).toMatchObject({
      iatiIdentifier: 'XE-EXAMPLE-CTB-004',
      status: 1,
      closed: false,
      nextPendingGate: { phaseId: 'p004-feasibility', order: 1 },
      overdueDeliverableCount: 3,
      phaseCount: 3,
    });
    expect(p004.title.zh).toBe('中荷深圳低碳区合作');
    expect(p004.leadOrganisation.en).toBe('NL Agency');
    expect(p004).not.toHaveProperty('budgetLines');
  });

  it('stores project 004 exactly as the model gives it', async () => {
    const res = await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p004' });
    expect(res.statusCode).toBe(200);
    const { createdAt, updatedAt: _updatedAt, documentFiles: _files, revision: _revision, ...project } = res.json();
    expect(typeof createdAt).toBe('string');
    expect(project).toEqual(JSON.parse(JSON.stringify(project004)));
  });
});

describe('demo opportunities and twinnings', () => {
  it('holds every opportunity of document 000', async () => {
    const res = await cast.t.app.inject({ url: '/api/opportunities?pageSize=200' });
    expect(res.json().total).toBe(27);
  });

  it('lists the twinnings of document 000, with the POM Antwerpen office in Chongqing', async () => {
    const res = await cast.t.app.inject({ url: '/api/twinnings?regionId=chongqing' });
    expect(res.statusCode).toBe(200);
    const [twinning] = res.json().items;
    expect(twinning).toMatchObject({ homeRegionId: 'antwerpen', partnerRegionId: 'chongqing' });
    expect(twinning.offices).toEqual([expect.objectContaining({ organisation: 'POM Antwerpen', openedYear: 2011 })]);
  });
});

describe('seeding the demo', () => {
  it('gives project 004 once to a database that got the demo before projects existed', async () => {
    const db = cast.t.database.db;
    await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url: '/api/projects/p004' });
    // Only the projects of the demo: the state of a database seeded by an earlier version.
    for (const p of (await cast.t.app.inject({ url: '/api/projects' })).json().items) {
      await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url: `/api/projects/${encodeURIComponent(p.id)}` });
    }
    await db.delete(meta).where(eq(meta.key, 'demo-projects'));
    expect(await seedDemoOnce(db)).toBe('seeded');
    expect((await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p004' })).statusCode).toBe(200);
    await cast.t.app.inject({ headers: cast.pm, method: 'DELETE', url: '/api/projects/p004' });
    expect(await seedDemoOnce(db)).toBe('skipped');
    expect((await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p004' })).statusCode).toBe(404);
  });
});
