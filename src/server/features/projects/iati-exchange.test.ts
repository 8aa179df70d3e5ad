// The IATI exchange over the API: publishers' files stored and exported again as they were
// written, one incomplete project left out and named, nothing refused rather than written empty,
// the upload preview with the validator's findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders } from '../../../../test/accounts';
import { activityFacts, PUBLISHER_FILES, readPublisherFile } from '../../../../test/fixtures/iati-publishers/facts';
import { validateIatiXml } from '../../../../test/fixtures/iati/xsd';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { buildCast } from '../../../../test/factories';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = (await buildCast(t)).headers['programme-manager'];
});
afterAll(() => t.close());

const importFile = (name: string, dryRun = false) =>
  t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml: readPublisherFile(name), dryRun } });
const exportAll = (payload: Record<string, unknown> = {}) => t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/export/iati', payload });

describe('POST /api/projects/export/iati', () => {
  it('refuses an export of nothing with nothing_to_export, naming the project it could not carry', async () => {
    expect((await importFile('incomplete.xml')).statusCode).toBe(200);
    const res = await exportAll({ projectIds: ['XE-EXAMPLE-NODATE-1'] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'nothing_to_export', issues: [{ path: 'XE-EXAMPLE-NODATE-1.dates.plannedStart' }] });
  });

  it("exports the publishers' projects as they wrote them and leaves the incomplete one out, named", async () => {
    for (const name of PUBLISHER_FILES) expect((await importFile(name)).statusCode).toBe(200);
    const res = await exportAll({
      projectIds: ['XE-EXAMPLE-NODATE-1', ...PUBLISHER_FILES.flatMap((n) => activityFacts(readPublisherFile(n)).map((a) => a.identifier ?? ''))],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ xml: string; exported: { id: string }[]; leftOut: { id: string; reasons: { path: string }[] }[] }>();
    expect(body.leftOut).toEqual([
      { id: 'XE-EXAMPLE-NODATE-1', iatiIdentifier: 'XE-EXAMPLE-NODATE-1', reasons: [expect.objectContaining({ path: 'dates.plannedStart' })] },
    ]);
    expect(body.exported).toHaveLength(4);
    expect(await validateIatiXml(body.xml)).toEqual({ valid: true, errors: [] });
    const exported = activityFacts(body.xml);
    for (const name of PUBLISHER_FILES) {
      for (const activity of activityFacts(readPublisherFile(name))) expect(exported.find((a) => a.identifier === activity.identifier)).toEqual(activity);
    }
    const strict = await exportAll({ strict: true });
    expect(strict.statusCode).toBe(400);
    expect(strict.json()).toMatchObject({ error: 'validation_failed' });
  });

  it("previews an upload with the validator's findings by line and rule", async () => {
    const res = await importFile('ruleset-errors.xml', true);
    expect(res.statusCode).toBe(200);
    const findings = res.json<{ findings: { line: number; rule: string; severity: string }[] }>().findings;
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.rule}`)).toEqual([
      '11 error 11.1.2',
      '12 error codelist:Country',
      '13 error 2.1.2',
      '15 error 7.5.3',
      '21 error codelist:TransactionType',
    ]);
  });
});
