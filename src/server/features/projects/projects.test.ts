import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, createCast } from '../../../../test/accounts';
import { validateIatiXml } from '../../../../test/fixtures/iati/xsd';
import { pdfText } from '../../../../test/pdf-text';
import { fullProject } from '../../../../test/fixtures/iati/full-project';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import type { Project } from '../../../core/projects/model';
import { precisionDateBounds } from '../../../core/projects/precision-date';
import { loadConfig } from '../../config';
import { meta } from '../../db/schema';
import { project004 } from '../../db/seed/data/project-004';
import { seedDemoOnce } from '../../db/seed/seed-demo';
import { exportIati } from './export-iati';

let t: TestApp;
let pm: AuthHeaders;
let member: AuthHeaders;
let admin: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  const cast = await createCast(t);
  pm = cast.headers['programme-manager'];
  member = cast.headers['member-a'];
  admin = cast.headers.admin;
});
afterAll(() => t.close());

const en = (text: string) => ({ original: 'en' as const, en: text });

/** A small project of two phases, with a budget, a transaction in CNY and a quantitative indicator. */
function smallProject(id = 'p-test'): Project {
  return {
    id,
    iatiIdentifier: `XE-EXAMPLE-CTB-${id.toUpperCase()}`,
    title: { original: 'en', en: 'Hydrogen buses in Hebei', zh: '河北氢能公交' },
    purpose: en('Pilot hydrogen buses.'),
    themes: ['hydrogen'],
    status: 2,
    dates: { plannedStart: '2030-01-01' },
    currency: 'EUR',
    budgetLines: [{ id: `${id}-b1`, value: { amount: 100_000, currency: 'EUR' }, period: { start: '2030-01-01', end: '2030-12-31' }, status: 'committed' }],
    transactions: [
      {
        id: `${id}-t1`,
        kind: 'spent',
        date: '2030-02-01',
        value: { amount: 78_000, currency: 'CNY' },
        exchangeRate: { from: 'EUR', to: 'CNY', rate: 7.8, date: '2030-02-01' },
        providerOrganisationId: `${id}-o1`,
      },
    ],
    organisations: [{ id: `${id}-o1`, name: en('Province of Hebei'), iatiType: '10' }],
    people: [],
    participations: [{ id: `${id}-x1`, organisationId: `${id}-o1`, role: 1 }],
    bodies: [{ id: `${id}-sc`, kind: 'steering-committee', name: en('Steering committee'), members: [{ id: `${id}-sc-1`, organisationId: `${id}-o1` }] }],
    documents: [{ id: `${id}-d1`, title: en('Minutes'), category: 'A07', languages: ['en'] }],
    agreements: [],
    phases: [
      {
        id: `${id}-ph1`,
        order: 1,
        name: en('Study'),
        gate: { status: 'pending' },
        activities: [
          {
            id: `${id}-a1`,
            type: 'expert-meeting',
            title: en('Kick-off'),
            date: { precision: 'day', start: '2020-03-02' },
            recurring: false,
            tentative: false,
            status: 'done',
            organisationIds: [`${id}-o1`],
            personIds: [],
            deliverables: [
              { id: `${id}-dl1`, title: en('Study report'), due: { precision: 'month', year: 2020, month: 6 }, status: 'planned', evidence: [] },
            ],
          },
        ],
      },
      { id: `${id}-ph2`, order: 2, name: en('Pilot'), gate: { status: 'pending' }, activities: [] },
    ],
    results: [
      {
        id: `${id}-r1`,
        type: 'output',
        title: en('Buses running'),
        indicators: [
          {
            id: `${id}-i1`,
            title: en('Buses'),
            measure: 'unit',
            ascending: true,
            baseline: { year: 2029, value: 0 },
            periods: [{ id: `${id}-i1-2030`, start: '2030-01-01', end: '2030-12-31', target: { value: 10 } }],
          },
        ],
      },
    ],
  };
}

const pilotActivity = (id: string, status: 'planned' | 'in-progress') => ({
  id,
  phaseId: 'p-test-ph2',
  type: 'workshop',
  title: en('First pilot workshop'),
  date: { precision: 'quarter', year: 2031, quarter: 2 },
  recurring: false,
  tentative: false,
  status,
  organisationIds: [],
  personIds: [],
  deliverables: [],
});

describe('projects API', () => {
  it('lists the demo project 004 for everyone, with its next pending gate and overdue deliverables', async () => {
    const res = await t.app.inject({ url: '/api/projects' });
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
    const res = await t.app.inject({ headers: pm, url: '/api/projects/p004' });
    expect(res.statusCode).toBe(200);
    const { createdAt, updatedAt: _updatedAt, documentFiles: _files, revision: _revision, ...project } = res.json();
    expect(typeof createdAt).toBe('string');
    expect(project).toEqual(JSON.parse(JSON.stringify(project004)));
  });

  it('shows budgets and transactions to programme managers and admins only', async () => {
    expect((await t.app.inject({ url: '/api/projects/p004' })).statusCode).toBe(401);
    const asMember = (await t.app.inject({ headers: member, url: '/api/projects/p004' })).json();
    expect(asMember.title.en).toBe(project004.title.en);
    expect(asMember).not.toHaveProperty('budgetLines');
    expect(asMember).not.toHaveProperty('transactions');
    const asAdmin = (await t.app.inject({ headers: admin, url: '/api/projects/p004' })).json();
    expect(asAdmin.budgetLines).toEqual([{ ...project004.budgetLines[0] }]);
    // Members may not write, nor download the IATI file (it carries the budgets).
    expect((await t.app.inject({ headers: member, method: 'DELETE', url: '/api/projects/p004' })).statusCode).toBe(403);
    expect((await t.app.inject({ headers: member, url: '/api/projects/p004/iati' })).statusCode).toBe(403);
  });

  it('creates, reads, replaces and deletes a project, keeping the exchange rate of each transaction', async () => {
    const created = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject() });
    expect(created.statusCode).toBe(201);
    expect(created.json().transactions[0]).toEqual(smallProject().transactions[0]);
    expect((await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject() })).statusCode).toBe(409);

    const changed = { ...smallProject(), title: { ...smallProject().title, nl: 'Waterstofbussen in Hebei' }, revision: created.json().revision };
    const updated = await t.app.inject({ headers: pm, method: 'PUT', url: '/api/projects/p-test', payload: changed });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().title.nl).toBe('Waterstofbussen in Hebei');

    const audit = await t.app.inject({ headers: admin, url: '/api/audit?entityType=project&entityId=p-test' });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);

    const other = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject('p-gone') });
    expect(other.statusCode).toBe(201);
    expect((await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/projects/p-gone' })).statusCode).toBe(204);
    expect((await t.app.inject({ headers: pm, url: '/api/projects/p-gone' })).statusCode).toBe(404);
  });

  it('stores every part of the model: budgets per period, transactions with their rates, bodies, indicators', async () => {
    const created = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: fullProject() });
    expect(created.statusCode).toBe(201);
    const { createdAt: _c, updatedAt: _u, documentFiles: _f, revision: _r, ...stored } = (await t.app.inject({ headers: pm, url: '/api/projects/full' })).json();
    expect(stored).toEqual(JSON.parse(JSON.stringify(fullProject())));
  });

  it('refuses a whole-project update based on a stale revision (409) and writes nothing of it; focused changes raise the revision', async () => {
    const created = (await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject('p-stale') })).json();
    const url = '/api/projects/p-stale';
    const put = (title: string, revision: number) =>
      t.app.inject({ headers: pm, method: 'PUT', url, payload: { ...smallProject('p-stale'), title: en(title), revision } });
    // Two managers opened the same revision; the first to save wins, the second is told to reload.
    const first = await put('First edit', created.revision);
    expect(first.statusCode).toBe(200);
    expect(first.json().revision).toBeGreaterThan(created.revision);
    const second = await put('Second edit', created.revision);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: 'stale_revision', message: expect.stringContaining('changed by someone else since you opened it') });
    const stored = (await t.app.inject({ headers: pm, url })).json();
    expect(stored.title).toEqual(en('First edit'));
    expect(stored.revision).toBe(first.json().revision);
    const audit = await t.app.inject({ headers: admin, url: `/api/audit?entityType=project&entityId=p-stale` });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    // The contract says so: the update's body requires the revision.
    const operation = (await t.app.inject({ url: '/api/openapi.json' })).json().paths['/api/projects/{id}'].put;
    const body = operation.requestBody.content['application/json'].schema;
    expect(body.required).toContain('revision');
    expect(body.properties.revision.description).toContain('optimistic concurrency');
    // Without a revision the update is refused as invalid, naming the field.
    const missing = await t.app.inject({ headers: pm, method: 'PUT', url, payload: smallProject('p-stale') });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues.map((i: { path: string }) => i.path)).toContain('revision');
    // A focused change (a gate decision) raises the revision too: an update based on the old one is stale.
    const decided = await t.app.inject({ headers: pm, method: 'POST', url: `${url}/phases/p-stale-ph1/gate`, payload: { status: 'go', rationale: en('go') } });
    expect(decided.json().revision).toBe(stored.revision + 1);
    expect((await put('Third edit', stored.revision)).statusCode).toBe(409);
    expect((await put('Third edit', decided.json().revision)).statusCode).toBe(200);
    await t.app.inject({ headers: pm, method: 'DELETE', url });
  });

  it('names the field of a broken reference in a whole-project update', async () => {
    const created = (await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject('p-refs') })).json();
    const project = smallProject('p-refs');
    const payload = {
      ...project,
      revision: created.revision,
      transactions: [{ ...project.transactions[0]!, providerOrganisationId: 'nobody' }],
      agreements: [
        { id: 'p-refs-ag', kind: 'mou', title: en('MoU'), partyOrganisationIds: ['p-refs-o1'], status: 'signed', date: { precision: 'year', year: 2030 }, signingActivityId: 'no-such-activity' },
      ],
    };
    const res = await t.app.inject({ headers: pm, method: 'PUT', url: '/api/projects/p-refs', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'transactions.0.providerOrganisationId', message: 'unknown organisation nobody' }),
        expect.objectContaining({ path: 'agreements.0.signingActivityId', message: 'unknown activity no-such-activity' }),
      ]),
    );
    expect((await t.app.inject({ headers: pm, url: '/api/projects/p-refs' })).json().revision).toBe(created.revision);
    await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/projects/p-refs' });
  });

  it('decides a gate once when two managers decide it at the same moment', async () => {
    await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject('p-race') });
    const decide = (status: 'go' | 'no-go') =>
      t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/p-race/phases/p-race-ph1/gate', payload: { status, rationale: en(status) } });
    const answers = await Promise.all([decide('go'), decide('no-go')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const gate = (await t.app.inject({ headers: pm, url: '/api/projects/p-race' })).json().phases[0].gate;
    const winner = answers.find((a) => a.statusCode === 200)!.json().phases[0].gate;
    expect(gate).toEqual(winner);
    await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/projects/p-race' });
  });

  it('names every bad field in a 400, and broken references', async () => {
    const bad = { ...smallProject('p-bad'), status: 9, currency: 'USD', title: { original: 'zh', en: 'x' } };
    const res = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: bad });
    expect(res.statusCode).toBe(400);
    const paths = res.json().issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['status', 'currency', 'title']));
    expect(res.json().message).toContain('title: the original language must have a text');

    const dangling = { ...smallProject('p-bad'), participations: [{ id: 'x', organisationId: 'nobody', role: 1 }] };
    const refused = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: dangling });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('unknown organisation nobody');
    expect((await t.app.inject({ headers: pm, url: '/api/projects/p-bad' })).statusCode).toBe(404);
  });

  it('refuses to start an activity of a phase whose previous gate is not go (409), then accepts it after a go', async () => {
    const started = pilotActivity('p-test-a2', 'in-progress');
    const refused = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/p-test/activities', payload: started });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('the gate of phase p-test-ph1 is pending, not go');
    // The reader gets the rule as a code naming the phase, not the English sentence.
    expect(refused.json()).toMatchObject({ code: 'gate_not_passed', params: { phase: 'Study' } });
    // Planning it is fine; starting it is not.
    const planned = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/p-test/activities', payload: pilotActivity('p-test-a2', 'planned') });
    expect(planned.statusCode).toBe(201);
    const { id: _id, ...update } = started;
    const stillRefused = await t.app.inject({ headers: pm, method: 'PUT', url: '/api/projects/p-test/activities/p-test-a2', payload: update });
    expect(stillRefused.statusCode).toBe(409);

    const go = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/projects/p-test/phases/p-test-ph1/gate',
      payload: { status: 'go', decidedBy: 'Steering committee', decidedAt: '2030-03-01', rationale: en('The study is positive.') },
    });
    expect(go.statusCode).toBe(200);
    expect(go.json().phases[0].gate).toMatchObject({ status: 'go', decidedBy: 'Steering committee', decidedAt: '2030-03-01' });
    const accepted = await t.app.inject({ headers: pm, method: 'PUT', url: '/api/projects/p-test/activities/p-test-a2', payload: update });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().phases[1].activities[0].status).toBe('in-progress');

    const again = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/projects/p-test/phases/p-test-ph1/gate',
      payload: { status: 'no-go', rationale: en('Changed our minds.') },
    });
    expect(again.statusCode).toBe(409);
    const unknownPhase = await t.app.inject({ headers: pm, method: 'PUT', url: '/api/projects/p-test/activities/p-test-a2', payload: { ...update, phaseId: 'nope' } });
    expect(unknownPhase.statusCode).toBe(400);
    expect(unknownPhase.json().issues[0].path).toBe('phaseId');
  });

  it('closes the project on a no-go, with who, when and why', async () => {
    await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject('p-nogo') });
    const res = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/projects/p-nogo/phases/p-nogo-ph1/gate',
      payload: { status: 'no-go', decidedAt: '2030-04-01', rationale: en('No partner for the pilot.') },
    });
    expect(res.statusCode).toBe(200);
    const project = res.json();
    expect(project.status).toBe(5);
    expect(project.closure).toEqual({ phaseId: 'p-nogo-ph1', decidedAt: '2030-04-01', reason: en('No partner for the pilot.') });
    expect(project.phases[0].gate.decidedBy).toBe('pm@example.org');
    const listed = (await t.app.inject({ url: '/api/projects?status=5' })).json().items;
    expect(listed.map((p: { id: string }) => p.id)).toEqual(['p-nogo']);
    expect(listed[0]).toMatchObject({ closed: true, nextPendingGate: null });
    // Nothing starts in a closed project.
    const add = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/p-nogo/activities', payload: { ...pilotActivity('p-nogo-a2', 'in-progress'), phaseId: 'p-nogo-ph2' } });
    expect(add.statusCode).toBe(409);
    expect(add.json().message).toContain('closed');
  });

  it('counts a deliverable overdue until it is delivered with evidence', async () => {
    const overdue = async () => (await t.app.inject({ url: '/api/projects' })).json().items.find((p: { id: string }) => p.id === 'p-test').overdueDeliverableCount;
    expect(await overdue()).toBe(1);
    const missingEvidence = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/p-test/deliverables/p-test-dl1/delivered', payload: { evidence: [] } });
    expect(missingEvidence.statusCode).toBe(400);
    expect(missingEvidence.json().issues[0].path).toBe('evidence');
    const res = await t.app.inject({
      headers: pm,
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
    expect((await t.app.inject({ headers: pm, method: 'PUT', url, payload: {} })).statusCode).toBe(400);
    const res = await t.app.inject({ headers: pm, method: 'PUT', url, payload: { value: 4, comment: en('Four buses by June') } });
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0].indicators[0].periods[0]).toMatchObject({ target: { value: 10 }, actual: { value: 4 } });
    const unknown = await t.app.inject({ headers: pm, method: 'PUT', url: url.replace('2030/actual', '2099/actual'), payload: { value: 1 } });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('project files', () => {
  it('writes a PDF report whose text holds the Chinese title', async () => {
    const res = await t.app.inject({ headers: member, url: '/api/projects/p004/report.pdf?lang=zh' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    const text = await pdfText(pdf);
    expect(text).toContain('中荷深圳低碳区合作');
    expect(text).toContain('项目进展报告');
    expect(text).toContain('2011年11月');
    expect(text).toContain('逾期成果');
    // Dates written the Chinese way (Intl, zh-CN), not as ISO codes.
    expect(text).toMatch(/生成日期 \d{4}年\d{1,2}月\d{1,2}日/);
    const english = await pdfText((await t.app.inject({ headers: member, url: '/api/projects/p004/report.pdf' })).rawPayload);
    expect(english).toContain('Cooperation on a Sino-Dutch Low-carbon zone Shenzhen');
    expect(english).toContain('Overdue deliverables');
  });

  it('writes an iCalendar feed with one all-day event per dated activity', async () => {
    const res = await t.app.inject({ headers: member, url: '/api/projects/p004/activities.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = res.body.replace(/\r\n[ \t]/g, '');
    const lines = ics.split(/\r\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
    const dated = project004.phases.flatMap((p) => p.activities).filter((a) => precisionDateBounds(a.date));
    expect(dated.length).toBeGreaterThan(2);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(dated.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(dated.length);
    const starts = lines.filter((l) => l.startsWith('DTSTART'));
    // The visit of 18–22 September 2011; the expert meeting of November 2011 spans the month.
    expect(starts).toContain('DTSTART;VALUE=DATE:20110918');
    expect(lines).toContain('DTEND;VALUE=DATE:20110923');
    expect(starts).toContain('DTSTART;VALUE=DATE:20111101');
    expect(lines).toContain('DTEND;VALUE=DATE:20111201');
    expect(starts).toContain('DTSTART;VALUE=DATE:20120101');
    for (const s of starts) expect(s).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);
    expect(lines.some((l) => l.startsWith('SUMMARY:') && l.includes('(November 2011)'))).toBe(true);
  });
});

describe('project documents', () => {
  const upload = (headers: AuthHeaders, filename: string, content: Buffer) =>
    t.app.inject({
      headers,
      method: 'POST',
      url: '/api/projects/p004/documents',
      payload: { title: en('Minutes of the expert meeting'), category: 'A07', languages: ['en', 'zh'], filename, contentBase64: content.toString('base64') },
    });

  it('stores an uploaded document in the database, lists it and downloads it byte for byte', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 7)]);
    const res = await upload(pm, '会议纪要 minutes.pdf', pdf);
    expect(res.statusCode).toBe(201);
    const document = res.json().documents.at(-1);
    expect(document).toMatchObject({ format: 'application/pdf', category: 'A07', languages: ['en', 'zh'] });
    expect(res.json().documentFiles).toContainEqual({ documentId: document.id, filename: '会议纪要 minutes.pdf', mediaType: 'application/pdf', size: pdf.length });

    const file = await t.app.inject({ headers: pm, url: `/api/projects/p004/documents/${document.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''%E4%BC%9A/);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    // The files are confidential like budgets: a member sees the document's title, not the file.
    expect((await t.app.inject({ headers: member, url: `/api/projects/p004/documents/${document.id}/file` })).statusCode).toBe(403);
    const memberView = (await t.app.inject({ headers: member, url: '/api/projects/p004' })).json();
    expect(memberView.documents.map((d: { id: string }) => d.id)).toContain(document.id);
    expect(memberView.documentFiles).toEqual([]);

    // The document can be the evidence of a delivered deliverable.
    const delivered = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/projects/p004/deliverables/p004-deliverable-common-understanding/delivered',
      payload: { evidence: [{ note: en('Minutes'), documentId: document.id }] },
    });
    expect(delivered.statusCode).toBe(200);
    const audit = await t.app.inject({ headers: admin, url: '/api/audit/project/p004' });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('document-upload');
  });

  it('refuses a file whose content is not its type, an unknown type, and visitors (nothing stored)', async () => {
    const fake = await upload(pm, 'report.pdf', Buffer.from('<script>alert(1)</script>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().issues[0]).toEqual({ path: 'contentBase64', message: 'report.pdf: the content is not a pdf file' });
    expect((await upload(pm, 'tool.exe', Buffer.from('MZ…'))).statusCode).toBe(400);
    expect((await upload(member, 'notes.txt', Buffer.from('notes'))).statusCode).toBe(403);
    const files = (await t.app.inject({ headers: pm, url: '/api/projects/p004' })).json().documentFiles;
    expect(files.map((f: { filename: string }) => f.filename)).not.toContain('report.pdf');
    expect((await t.app.inject({ url: '/api/projects/p004/documents/nope/file' })).statusCode).toBe(401);
  });
});

describe('IATI through the database', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/iati/${name}`, import.meta.url), 'utf8');
  const stable = (xml: string) => xml.replace(/generated-datetime="[^"]*"/, '').replace(/last-updated-datetime="[^"]*"/g, '');

  it('downloads project 004 as IATI XML that validates against the official 2.03 schema', async () => {
    const res = await t.app.inject({ headers: pm, url: '/api/projects/p004/iati' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(await validateIatiXml(res.body)).toEqual({ valid: true, errors: [] });
    expect(res.body).toContain('<iati-identifier>XE-EXAMPLE-CTB-004</iati-identifier>');
  });

  it('names the reporting organisation of the IATI_REPORTING_ORG_* settings, and refuses a bad type', async () => {
    const config = loadConfig({ IATI_REPORTING_ORG_REF: 'NL-KVK-27378529', IATI_REPORTING_ORG_NAME: 'Netherlands Enterprise Agency', IATI_REPORTING_ORG_TYPE: '10' });
    expect(config.iatiReportingOrg).toEqual({ ref: 'NL-KVK-27378529', type: '10', name: { original: 'en', en: 'Netherlands Enterprise Agency' } });
    const { xml } = await exportIati(t.database.db, config.iatiReportingOrg, ['p004']);
    expect(xml).toMatch(/<reporting-org ref="NL-KVK-27378529" type="10">\s*<narrative xml:lang="en">Netherlands Enterprise Agency<\/narrative>/);
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
    expect(() => loadConfig({ IATI_REPORTING_ORG_TYPE: '99' })).toThrow(/IATI_REPORTING_ORG_TYPE: must be an IATI OrganisationType code/);
  });

  it('refuses malformed XML with line and column, and writes nothing', async () => {
    const before = (await t.app.inject({ url: '/api/projects' })).json().total;
    const res = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml: fixture('malformed.xml'), dryRun: false } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/malformed XML at line \d+, column \d+/);
    expect(res.json().issues[0].path).toMatch(/^xml \(line \d+, column \d+\)$/);
    expect((await t.app.inject({ url: '/api/projects' })).json().total).toBe(before);
  });

  it('previews a foreign file with located warnings, then imports it all or nothing', async () => {
    const xml = fixture('foreign-activities.xml');
    const preview = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml } });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.dryRun).toBe(true);
    expect(body.projects.length).toBeGreaterThan(0);
    expect(body.projects.every((p: { action: string }) => p.action === 'create')).toBe(true);
    expect(body.warnings.length).toBeGreaterThan(0);
    expect(body.warnings[0]).toMatchObject({ path: expect.stringContaining('iati-activit'), line: expect.any(Number), column: expect.any(Number) });
    const ids = body.projects.map((p: { id: string }) => p.id);
    for (const id of ids) expect((await t.app.inject({ headers: pm, url: `/api/projects/${encodeURIComponent(id)}` })).statusCode).toBe(404);

    const committed = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml, dryRun: false } });
    expect(committed.statusCode).toBe(200);
    for (const id of ids) expect((await t.app.inject({ headers: pm, url: `/api/projects/${encodeURIComponent(id)}` })).statusCode).toBe(200);
    // A second import of the same file is refused whole unless asked to replace.
    const twice = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml, dryRun: false } });
    expect(twice.statusCode).toBe(409);
    const replaced = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/import/iati', payload: { xml, dryRun: false, replace: true } });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().projects.every((p: { action: string }) => p.action === 'replace')).toBe(true);
  });

  it('round trip: export → import into an empty database → export gives the same XML', async () => {
    const first = (await t.app.inject({ headers: pm, url: '/api/projects/p004/iati' })).body;
    const other = await createTestApp();
    try {
      const { createAccount, signIn } = await import('../../../../test/accounts');
      await createAccount(other, { email: 'pm2@example.org', role: 'programme-manager' });
      const pm2 = await signIn(other, 'pm2@example.org');
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

describe('demo seed', () => {
  it('gives project 004 once to a database that got the demo before projects existed', async () => {
    const db = t.database.db;
    await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/projects/p004' });
    // Only the projects of the demo: the state of a database seeded by an earlier version.
    for (const p of (await t.app.inject({ url: '/api/projects' })).json().items) {
      await t.app.inject({ headers: pm, method: 'DELETE', url: `/api/projects/${encodeURIComponent(p.id)}` });
    }
    await db.delete(meta).where(eq(meta.key, 'demo-projects'));
    expect(await seedDemoOnce(db)).toBe('seeded');
    expect((await t.app.inject({ headers: pm, url: '/api/projects/p004' })).statusCode).toBe(200);
    await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/projects/p004' });
    expect(await seedDemoOnce(db)).toBe('skipped');
    expect((await t.app.inject({ headers: pm, url: '/api/projects/p004' })).statusCode).toBe(404);
  });
});

describe('editing deliverables, indicator periods and documents', () => {
  const base = '/api/projects/p-edit';
  const send = (headers: AuthHeaders, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ headers, method, url: `${base}${url}`, ...(payload ? { payload } : {}) });
  const deliverable = (activityId: string) => ({
    activityId,
    title: en('Feasibility study'),
    due: { precision: 'quarter', year: 2030, quarter: 3 },
    ownerOrganisationId: 'p-edit-o1',
    status: 'planned',
  });
  const auditActions = async (entityType: string, entityId: string) =>
    (await t.app.inject({ headers: admin, url: `/api/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}` })).json().items.map((e: { action: string }) => e.action);
  beforeAll(async () => {
    expect((await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects', payload: smallProject('p-edit') })).statusCode).toBe(201);
  });

  it('adds a deliverable to an activity, then edits it and moves it to an activity of another phase', async () => {
    const added = await send(pm, 'POST', '/deliverables', deliverable('p-edit-a1'));
    expect(added.statusCode).toBe(201);
    const created = added.json().phases[0].activities[0].deliverables.at(-1);
    expect(created).toMatchObject({ title: en('Feasibility study'), due: { precision: 'quarter', year: 2030, quarter: 3 }, ownerOrganisationId: 'p-edit-o1', status: 'planned', evidence: [] });
    expect(created.id).toMatch(/^p-edit-deliverable-/);

    const planned = { ...pilotActivity('p-edit-a2', 'planned'), phaseId: 'p-edit-ph2' };
    expect((await send(pm, 'POST', '/activities', planned)).statusCode).toBe(201);
    const { ownerOrganisationId: _owner, ...withoutOwner } = deliverable('p-edit-a2');
    const moved = await send(pm, 'PUT', `/deliverables/${created.id}`, { ...withoutOwner, due: { precision: 'month', year: 2031, month: 5 }, status: 'in-progress' });
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
    expect((await send(pm, 'POST', `${url}/delivered`, { evidence: [{ note: en('Sent') }] })).statusCode).toBe(200);
    const res = await send(pm, 'PUT', url, { ...deliverable('p-edit-a1'), title: en('Study report, final'), status: 'delivered' });
    expect(res.statusCode).toBe(200);
    expect(res.json().phases[0].activities[0].deliverables[0]).toMatchObject({ title: en('Study report, final'), status: 'delivered', evidence: [{ note: en('Sent') }] });
  });

  it('names the bad field of a deliverable, refuses members (403) and unknown deliverables or projects (404)', async () => {
    const paths = async (payload: object) => {
      const res = await send(pm, 'POST', '/deliverables', payload);
      expect(res.statusCode).toBe(400);
      return res.json().issues.map((i: { path: string }) => i.path);
    };
    expect(await paths({ ...deliverable('p-edit-a1'), activityId: 'nope' })).toEqual(['activityId']);
    expect(await paths({ ...deliverable('p-edit-a1'), ownerOrganisationId: 'nobody' })).toEqual(['ownerOrganisationId']);
    expect(await paths({ ...deliverable('p-edit-a1'), status: 'delivered' })).toEqual(['status']);
    expect(await paths({ ...deliverable('p-edit-a1'), due: { precision: 'month', year: 2030, month: 13 } })).toEqual(['due.month']);
    expect(await paths({ ...deliverable('p-edit-a1'), title: { original: 'zh', en: 'x' } })).toEqual(['title']);
    expect((await send(member, 'POST', '/deliverables', deliverable('p-edit-a1'))).statusCode).toBe(403);
    expect((await send(member, 'PUT', '/deliverables/p-edit-dl1', deliverable('p-edit-a1'))).statusCode).toBe(403);
    expect((await send(pm, 'PUT', '/deliverables/nope', deliverable('p-edit-a1'))).statusCode).toBe(404);
    const elsewhere = await t.app.inject({ headers: pm, method: 'POST', url: '/api/projects/nope/deliverables', payload: deliverable('p-edit-a1') });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('adds an indicator period with a target and edits it, keeping its actual', async () => {
    const added = await send(pm, 'POST', '/indicators/p-edit-i1/periods', { start: '2031-01-01', end: '2031-12-31', target: { value: 25 } });
    expect(added.statusCode).toBe(201);
    const period = added.json().results[0].indicators[0].periods.at(-1);
    expect(period).toMatchObject({ start: '2031-01-01', end: '2031-12-31', target: { value: 25 } });
    expect((await send(pm, 'PUT', `/indicators/p-edit-i1/periods/${period.id}/actual`, { value: 12 })).statusCode).toBe(200);
    const edited = await send(pm, 'PUT', `/indicators/p-edit-i1/periods/${period.id}`, { start: '2031-01-01', end: '2031-06-30', target: { value: 20, comment: en('Half a year') } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().results[0].indicators[0].periods.at(-1)).toEqual({
      id: period.id, start: '2031-01-01', end: '2031-06-30', target: { value: 20, comment: en('Half a year') }, actual: { value: 12 },
    });
    expect(await auditActions('project-indicator', 'p-edit/p-edit-i1')).toEqual(expect.arrayContaining(['period-create', 'period-update', 'actual']));
  });

  it('names the bad field of a period, refuses members (403) and unknown indicators or periods (404)', async () => {
    const url = '/indicators/p-edit-i1/periods';
    const backwards = await send(pm, 'POST', url, { start: '2031-01-01', end: '2030-12-31' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().issues).toMatchObject([{ path: 'end', message: 'the period ends before it starts' }]);
    const noValue = await send(pm, 'POST', url, { start: '2032-01-01', end: '2032-12-31', target: { comment: en('many') } });
    expect(noValue.statusCode).toBe(400);
    expect(noValue.json().issues[0].path).toBe('target.value');
    const badDate = await send(pm, 'POST', url, { start: '2032-13-01', end: '2032-12-31' });
    expect(badDate.json().issues[0].path).toBe('start');
    expect((await send(member, 'POST', url, { start: '2032-01-01', end: '2032-12-31' })).statusCode).toBe(403);
    expect((await send(pm, 'POST', '/indicators/nope/periods', { start: '2032-01-01', end: '2032-12-31' })).statusCode).toBe(404);
    expect((await send(pm, 'PUT', `${url}/nope`, { start: '2032-01-01', end: '2032-12-31' })).statusCode).toBe(404);
  });

  it('deletes a document with its file, but not while a deliverable cites it', async () => {
    const uploaded = await send(pm, 'POST', '/documents', {
      title: en('Agenda'), category: 'A07', languages: ['en'], filename: 'agenda.txt', contentBase64: Buffer.from('Agenda').toString('base64'),
    });
    expect(uploaded.statusCode).toBe(201);
    const documentId = uploaded.json().documents.at(-1).id;
    expect((await send(member, 'DELETE', `/documents/${documentId}`)).statusCode).toBe(403);
    const deleted = await send(pm, 'DELETE', `/documents/${documentId}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().documents.map((d: { id: string }) => d.id)).not.toContain(documentId);
    expect(deleted.json().documentFiles).toEqual([]);
    expect((await t.app.inject({ headers: pm, url: `${base}/documents/${documentId}/file` })).statusCode).toBe(404);
    expect((await send(pm, 'DELETE', `/documents/${documentId}`)).statusCode).toBe(404);
    expect(await auditActions('project', 'p-edit')).toContain('document-delete');

    expect((await send(pm, 'POST', '/deliverables/p-edit-dl1/delivered', { evidence: [{ note: en('Minutes'), documentId: 'p-edit-d1' }] })).statusCode).toBe(200);
    const cited = await send(pm, 'DELETE', '/documents/p-edit-d1');
    expect(cited.statusCode).toBe(409);
    expect(cited.json().message).toContain('is the evidence of deliverable p-edit-dl1');
  });
});
