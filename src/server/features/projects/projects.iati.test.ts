// IATI files of the projects in the database: export, import and the round trip between them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, buildUser } from '../../../../test/factories';
import { fullProject } from '../../../../test/fixtures/iati/full-project';
import { validateIatiXml } from '../../../../test/fixtures/iati/xsd';
import { createTestApp } from '../../../../test/test-app';
import { loadConfig } from '../../config';
import { exportIati } from './export-iati';
import { useProjectsApp } from './projects.test-api';

const cast = useProjectsApp();

describe('IATI through the database', () => {
  beforeAll(async () => {
    await buildProject(cast.t, fullProject());
    await buildProject(cast.t, { id: 'p-iati' });
  });
  const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/iati/${name}`, import.meta.url), 'utf8');
  const stable = (xml: string) => xml.replace(/generated-datetime="[^"]*"/, '').replace(/last-updated-datetime="[^"]*"/g, '');

  it('downloads a project as IATI XML that validates against the official 2.03 schema', async () => {
    const res = await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/full/iati' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(await validateIatiXml(res.body)).toEqual({ valid: true, errors: [] });
    expect(res.body).toContain('<iati-identifier>XE-EXAMPLE-CTB-FULL</iati-identifier>');
  });

  it('names the reporting organisation of the IATI_REPORTING_ORG_* settings, and refuses a bad type', async () => {
    const config = loadConfig({
      IATI_REPORTING_ORG_REF: 'NL-KVK-27378529',
      IATI_REPORTING_ORG_NAME: 'Netherlands Enterprise Agency',
      IATI_REPORTING_ORG_TYPE: '10',
    });
    expect(config.iatiReportingOrg).toEqual({ ref: 'NL-KVK-27378529', type: '10', name: { original: 'en', en: 'Netherlands Enterprise Agency' } });
    const { xml } = await exportIati(cast.t.database.db, config.iatiReportingOrg, ['full']);
    expect(xml).toMatch(/<reporting-org ref="NL-KVK-27378529" type="10">\s*<narrative xml:lang="en">Netherlands Enterprise Agency<\/narrative>/);
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
    expect(() => loadConfig({ IATI_REPORTING_ORG_TYPE: '99' })).toThrow(/IATI_REPORTING_ORG_TYPE: must be an IATI OrganisationType code/);
  });

  it('refuses malformed XML with line and column, and writes nothing', async () => {
    const before = (await cast.t.app.inject({ url: '/api/projects' })).json().total;
    const res = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/import/iati',
      payload: { xml: fixture('malformed.xml'), dryRun: false },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/malformed XML at line \d+, column \d+/);
    expect(res.json().issues[0].path).toMatch(/^xml \(line \d+, column \d+\)$/);
    expect((await cast.t.app.inject({ url: '/api/projects' })).json().total).toBe(before);
  });

  it('previews a foreign file with located warnings, then imports it all or nothing', async () => {
    const xml = fixture('foreign-activities.xml');
    const preview = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml } });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.dryRun).toBe(true);
    expect(body.projects.length).toBeGreaterThan(0);
    expect(body.projects.every((p: { action: string }) => p.action === 'create')).toBe(true);
    expect(body.warnings.length).toBeGreaterThan(0);
    expect(body.warnings[0]).toMatchObject({ path: expect.stringContaining('iati-activit'), line: expect.any(Number), column: expect.any(Number) });
    const ids = body.projects.map((p: { id: string }) => p.id);
    for (const id of ids) expect((await cast.t.app.inject({ headers: cast.pm, url: `/api/projects/${encodeURIComponent(id)}` })).statusCode).toBe(404);

    const committed = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml, dryRun: false } });
    expect(committed.statusCode).toBe(200);
    for (const id of ids) expect((await cast.t.app.inject({ headers: cast.pm, url: `/api/projects/${encodeURIComponent(id)}` })).statusCode).toBe(200);
    // A second import of the same file is refused whole unless asked to replace.
    const twice = await cast.t.app.inject({ headers: cast.pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml, dryRun: false } });
    expect(twice.statusCode).toBe(409);
    const replaced = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/import/iati',
      payload: { xml, dryRun: false, replace: true },
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().projects.every((p: { action: string }) => p.action === 'replace')).toBe(true);
  });

  it('round trip: export → import into an empty database → export gives the same XML', async () => {
    const first = (await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p-iati/iati' })).body;
    const other = await createTestApp();
    try {
      const pm2 = (await buildUser(other, { role: 'programme-manager' })).headers;
      for (const p of (await other.app.inject({ url: '/api/projects' })).json().items) {
        expect((await other.app.inject({ headers: pm2, method: 'DELETE', url: `/api/projects/${p.id}` })).statusCode).toBe(204);
      }
      expect((await other.app.inject({ url: '/api/projects' })).json().total).toBe(0);
      const imported = await other.app.inject({ headers: pm2, method: 'POST', url: '/api/projects/import/iati', payload: { xml: first, dryRun: false } });
      expect(imported.statusCode).toBe(200);
      expect(imported.json().warnings).toEqual([]);
      const id = imported.json().projects[0].id;
      const second = (await other.app.inject({ headers: pm2, url: `/api/projects/${id}/iati` })).body;
      expect(stable(second)).toBe(stable(first));
    } finally {
      await other.close();
    }
  });
});
