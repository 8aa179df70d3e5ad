// The files written from a project: the PDF report and the iCalendar feed of its activities.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, projectInput } from '../../../../test/factories';
import { pdfText } from '../../../../test/pdf-text';
import type { Activity, Project } from '../../../core/projects/model';
import { precisionDateBounds } from '../../../core/projects/precision-date';
import { en, useProjectsApp } from './projects.test-api';

const cast = useProjectsApp();

describe('project files', () => {
  const activity = (id: string, title: string, date: Activity['date']): Activity => ({
    id: `p-files-${id}`,
    type: 'workshop',
    title: en(title),
    date,
    recurring: false,
    tentative: false,
    status: 'planned',
    organisationIds: [],
    personIds: [],
    deliverables: [],
  });
  const base = projectInput('p-files');
  /** The project's own kick-off (2 March 2020), a visit of five days, a month, a quarter, and an undated one. */
  const project: Project = {
    ...base,
    phases: [
      base.phases[0]!,
      {
        ...base.phases[1]!,
        activities: [
          activity('visit', 'Visit', { precision: 'day', start: '2011-09-18', end: '2011-09-22' }),
          activity('expert-meeting', 'Expert meeting', { precision: 'month', year: 2011, month: 11 }),
          activity('ceremony', 'Signing ceremony', { precision: 'quarter', year: 2012, quarter: 1 }),
          activity('later', 'Follow-up visit', { precision: 'undetermined' }),
        ],
      },
    ],
  };
  beforeAll(async () => {
    await buildProject(cast.t, project);
  });

  it('writes a PDF report whose text holds the Chinese title', async () => {
    const res = await cast.t.app.inject({ headers: cast.member, url: '/api/projects/p-files/report.pdf?lang=zh' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    const text = await pdfText(pdf);
    expect(text).toContain('河北氢能公交');
    expect(text).toContain('项目进展报告');
    expect(text).toContain('2011年11月');
    expect(text).toContain('逾期成果');
    // Dates written the Chinese way (Intl, zh-CN), not as ISO codes.
    expect(text).toMatch(/生成日期 \d{4}年\d{1,2}月\d{1,2}日/);
    const english = await pdfText((await cast.t.app.inject({ headers: cast.member, url: '/api/projects/p-files/report.pdf' })).rawPayload);
    expect(english).toContain('Hydrogen buses in Hebei');
    expect(english).toContain('Overdue deliverables');
  });

  it('writes an iCalendar feed with one all-day event per dated activity', async () => {
    const res = await cast.t.app.inject({ headers: cast.member, url: '/api/projects/p-files/activities.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = res.body.replace(/\r\n[ \t]/g, '');
    const lines = ics.split(/\r\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
    const dated = project.phases.flatMap((p) => p.activities).filter((a) => precisionDateBounds(a.date));
    expect(dated.length).toBeGreaterThan(2);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(dated.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(dated.length);
    const starts = lines.filter((l) => l.startsWith('DTSTART'));
    // The visit of 18–22 September 2011; the expert meeting of November 2011 spans the month;
    // the first quarter of 2012 starts on 1 January.
    expect(starts).toContain('DTSTART;VALUE=DATE:20110918');
    expect(lines).toContain('DTEND;VALUE=DATE:20110923');
    expect(starts).toContain('DTSTART;VALUE=DATE:20111101');
    expect(lines).toContain('DTEND;VALUE=DATE:20111201');
    expect(starts).toContain('DTSTART;VALUE=DATE:20120101');
    for (const s of starts) expect(s).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);
    expect(lines.some((l) => l.startsWith('SUMMARY:') && l.includes('(November 2011)'))).toBe(true);
  });
});
