// The outcome report as PDF (pdfkit, in the shipped Noto Sans SC like every PDF, so Chinese
// renders) and XLSX (ExcelJS), in the reader's language. Both are written from the same sections.
import type { TFunction } from 'i18next';
import { feedbackAnswers } from '../../../shared/api';
import { type CatalogueLanguage, intlLocale, translatorFor } from '../../../shared/i18n';
import { loadExcel } from '../../documents/lazy-libraries';
import { pdfDocument } from '../../documents/pdf';
import type { OutcomeReport } from './outcome-report';

type Section = { title: string; rows: [string, number][] };

function sectionsOf(report: OutcomeReport, t: TFunction, lang: CatalogueLanguage): Section[] {
  const r = (key: string) => t(`eventParticipants:report.${key}`);
  const countries = new Intl.DisplayNames([intlLocale[lang]], { type: 'region', fallback: 'code' });
  const reg = report.registrations;
  const figures = <T extends Record<string, number>>(values: T, keys: (keyof T & string)[]): [string, number][] => keys.map((k) => [r(k), values[k]!]);
  return [
    { title: `${r('registrations')}: ${r('byStatus')}`, rows: Object.entries(reg.byStatus).map(([s, n]) => [t(`eventParticipants:statuses.${s}`), n]) },
    { title: `${r('registrations')}: ${r('byCountry')}`, rows: reg.byCountry.map(([c, n]) => [countries.of(c) ?? c, n]) },
    { title: `${r('registrations')}: ${r('byType')}`, rows: reg.byType.map(([type, n]) => [t(`common:organisationType.${type}`), n]) },
    { title: `${r('registrations')}: ${r('byAttendance')}`, rows: Object.entries(reg.byAttendance).map(([a, n]) => [t(`events:attendanceModes.${a}`), n]) },
    // The figures' keys are the catalogue's: report.<key> names each.
    { title: r('attendanceDay'), rows: figures(report.attendance, ['checkedIn', 'noShows', 'notCheckedIn']) },
    { title: r('meetings'), rows: figures(report.meetings, ['scheduled', 'held', 'onSite', 'online']) },
    { title: r('requests'), rows: figures(report.requests, ['sent', 'accepted', 'declined', 'pending']) },
    {
      title: r('feedback'),
      rows: [
        [r('answered'), report.feedback.answered],
        ...feedbackAnswers.map((a): [string, number] => [t(`programmeReport:answers.${a}`), report.feedback.answers[a]]),
        [r('followUpsAgreed'), report.feedback.followUpsAgreed],
      ],
    },
  ];
}

const dateOf = (now: Date, lang: CatalogueLanguage) => new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'long' }).format(now);

export async function outcomeReportPdf(report: OutcomeReport, lang: CatalogueLanguage, now: Date): Promise<Buffer> {
  const t = await translatorFor(lang);
  const title = `${t('eventParticipants:report.title')}: ${report.title}`;
  const { doc, done } = await pdfDocument(title, undefined, lang);
  doc.fontSize(18).text(title);
  doc
    .moveDown(0.3)
    .fontSize(9)
    .fillColor('#555')
    .text(t('eventParticipants:report.generated', { date: dateOf(now, lang) }))
    .fillColor('black');
  for (const section of sectionsOf(report, t, lang)) {
    doc.moveDown(0.8).fontSize(13).fillColor('#1a4d2e').text(section.title, 50).fillColor('black').fontSize(10);
    if (section.rows.length === 0) doc.text(t('eventParticipants:report.none'), 60);
    for (const [label, count] of section.rows) {
      const y = doc.y;
      doc.text(label, 60, y, { width: 380 });
      const after = doc.y;
      doc.text(String(count), 450, y, { width: 95, align: 'right' });
      doc.y = Math.max(after, doc.y);
    }
  }
  doc.end();
  return done;
}

export async function outcomeReportXlsx(report: OutcomeReport, lang: CatalogueLanguage, now: Date): Promise<Buffer> {
  const t = await translatorFor(lang);
  const book = new (await loadExcel()).Workbook();
  const sheet = book.addWorksheet(t('eventParticipants:report.title').slice(0, 31));
  sheet.addRow([`${t('eventParticipants:report.title')}: ${report.title}`]).font = { bold: true, size: 14 };
  sheet.addRow([t('eventParticipants:report.generated', { date: dateOf(now, lang) })]);
  for (const section of sectionsOf(report, t, lang)) {
    sheet.addRow([]);
    sheet.addRow([section.title, t('eventParticipants:report.count')]).font = { bold: true };
    for (const [label, count] of section.rows) sheet.addRow([label, count]);
  }
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 12;
  return Buffer.from(await book.xlsx.writeBuffer());
}
