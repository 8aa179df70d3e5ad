// Project 004 against its source document (shared/seeds/004_17632758d5b65003.txt).
import { describe, expect, it } from 'vitest';
import { projectSchema } from '../../../../core/projects/model';
import { formatPrecisionDate } from '../../../../core/projects/precision-date';
import { nextPendingGate, overdueDeliverables } from '../../../../core/projects/rules';
import { project004 as p } from './project-004';

const activities = p.phases.flatMap((phase) => phase.activities);
const activity = (type: string) => activities.filter((a) => a.type === type);
const orgName = (id: string): string | undefined => p.organisations.find((o) => o.id === id)?.name.en;

describe('project 004: Cooperation on a Sino-Dutch Low-carbon zone Shenzhen', () => {
  it('is a valid project whose English is the original and every text has nl and zh translations', () => {
    expect(projectSchema.parse(p)).toEqual(p);
    const texts: unknown[] = [];
    const collect = (v: unknown): void => {
      if (v && typeof v === 'object') {
        if ('original' in v) texts.push(v);
        else Object.values(v).forEach(collect);
      }
    };
    collect(p);
    expect(texts.length).toBeGreaterThan(70);
    for (const t of texts) expect(t).toMatchObject({ original: 'en', en: expect.any(String), nl: expect.any(String), zh: expect.any(String) });
  });

  it('keeps the card: title, purpose, location, theme, budget, organisation', () => {
    expect(p.title.en).toBe('Cooperation on a Sino-Dutch Low-carbon zone Shenzhen');
    expect(p.purpose.en).toMatch(/^The purpose of the project is to set-up a Sino-Dutch cooperation framework .* first government to government cooperation activities\.$/);
    expect([p.location?.district?.en, p.location?.region?.en, p.location?.countryCode]).toEqual(['Longgang', 'Shenzhen', 'CN']);
    expect(p.themes).toEqual(['low-carbon-urban-planning', 'eco-city']);
    expect(p.budgetLines.map((b) => b.value)).toEqual([{ amount: 150_000, currency: 'EUR' }]);
    expect(p.participations.map((x) => orgName(x.organisationId))).toEqual(expect.arrayContaining(['NL Agency', 'Innovation Attaché network China']));
    expect(p.status).toBe(1);
  });

  it('has the seven results, each with a qualitative indicator', () => {
    expect(p.results).toHaveLength(7);
    expect(p.results.map((r) => r.type)).toEqual(['output', 'output', 'outcome', 'outcome', 'outcome', 'outcome', 'output']);
    expect(p.results[0]?.title.en).toMatch(/^Organizational structure of the Sino-Dutch cooperation/);
    expect(p.results[6]?.title.en).toMatch(/knowledge transfer activities .* \(in the implementation phase\)$/);
    for (const r of p.results) expect(r.indicators[0]?.measure).toBe('qualitative');
  });

  it('has three ordered phases with pending gates; the feasibility gate is the expert meeting', () => {
    expect(p.phases.map((x) => [x.order, x.name.en, x.gate.status])).toEqual([
      [1, 'Feasibility phase', 'pending'], [2, 'Development phase', 'pending'], [3, 'Implementation phase', 'pending'],
    ]);
    expect(p.phases[0]?.gate.decisionActivityId).toBe(activity('expert-meeting')[0]?.id);
    expect(nextPendingGate(p)?.id).toBe('p004-feasibility');
  });

  it('dates every activity with the precision of the document', () => {
    const [visit] = activity('delegation-visit');
    expect(visit?.date).toEqual({ precision: 'day', start: '2011-09-18', end: '2011-09-22' });
    expect(visit?.programme?.days).toBe(3);
    expect(p.people.find((x) => visit?.personIds.includes(x.id))).toMatchObject({ name: 'TANG Jie', function: { en: 'Vice-mayor of Shenzhen' } });
    expect(visit?.organisationIds.map(orgName)).toEqual(expect.arrayContaining([
      'Netherlands Ministry of Economic Affairs, Agriculture and Innovation (EL&I)',
      'Netherlands Ministry of Infrastructure and the Environment (I&M)',
      'Delft University of Technology (TU Delft)',
    ]));
    const [meeting] = activity('expert-meeting');
    expect(meeting?.date).toEqual({ precision: 'month', year: 2011, month: 11 });
    expect(formatPrecisionDate(meeting?.date ?? { precision: 'undetermined' }, 'en')).toBe('November 2011');
    expect(meeting?.programme?.days).toBe(3);
    expect(meeting?.programme?.sessions.map((s) => s.kind)).toEqual(['plenary', 'workgroup', 'site-visit']);
    const [stakeholders] = activity('stakeholder-meeting');
    expect(formatPrecisionDate(stakeholders?.date ?? { precision: 'undetermined' }, 'en')).toBe('Q1 2012');
    expect(formatPrecisionDate(stakeholders?.date ?? { precision: 'undetermined' }, 'zh')).toBe('2012年第一季度');
    expect(activity('matchmaking-event')[0]?.date).toEqual(stakeholders?.date);
    expect(activity('network-meeting').map((a) => a.recurring)).toEqual([true, true]);
    for (const type of ['expert-mission', 'signing-ceremony', 'workshop', 'knowledge-transfer']) {
      expect(activity(type).length).toBeGreaterThan(0);
      for (const a of activity(type)) expect(a.date).toEqual({ precision: 'undetermined' });
    }
    expect(p.phases[2]?.activities.map((a) => a.title.en)).toEqual([
      expect.stringMatching(/eco-city standards or waste management system/),
      expect.stringMatching(/workshops between \(government\) experts/),
      expect.stringMatching(/expert working group or steering committee/),
    ]);
  });

  it('has the deliverables of the document, overdue by now', () => {
    expect(activities.flatMap((a) => a.deliverables.map((d) => d.title.en))).toEqual([
      'Agreement on the expert meeting in November',
      'Go/No go decision with regard to the further cooperation',
      expect.stringMatching(/^Common understanding about the most interesting subjects for cooperation/),
    ]);
    expect(overdueDeliverables(p, '2011-11-30')).toHaveLength(1);
    expect(overdueDeliverables(p, '2011-12-01')).toHaveLength(3);
  });

  it('has the MoU between the Netherlands Ministries and the NDRC in preparation, to be signed at the ceremony', () => {
    expect(p.agreements).toHaveLength(1);
    const [mou] = p.agreements;
    expect(mou).toMatchObject({ kind: 'mou', status: 'in-preparation', signingActivityId: activity('signing-ceremony')[0]?.id });
    expect(mou?.partyOrganisationIds.map(orgName)).toEqual([
      'Netherlands Ministry of Economic Affairs, Agriculture and Innovation (EL&I)', 'Netherlands Ministry of Infrastructure and the Environment (I&M)', 'NDRC',
    ]);
  });

  it('names every organisation of the document', () => {
    expect(p.organisations.map((o) => o.name.en).sort()).toEqual([
      'Delft University of Technology (TU Delft)', 'Innovation Attaché network China', 'Longgang District Government', 'NDRC',
      'NDRC Climate change department', 'NGI infrastructures', 'NL Agency',
      'Netherlands Ministry of Economic Affairs, Agriculture and Innovation (EL&I)', 'Netherlands Ministry of Infrastructure and the Environment (I&M)',
      'Shenzhen DRC', 'Shenzhen Environmental Protection Bureau', 'Shenzhen Industry Trade and Information Technology Commission',
      'Shenzhen Urban Planning and Land Resources Commission', 'Shenzhen government', 'TWA Guangzhou',
    ]);
    const referenced = new Set(activities.flatMap((a) => [...a.organisationIds, ...(a.programme?.sessions.flatMap((s) => s.organisationIds) ?? [])]));
    for (const id of referenced) expect(orgName(id)).toBeDefined();
  });
});
