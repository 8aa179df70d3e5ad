// The programme report as PDF (pdfkit, in the shipped Noto Sans SC like every PDF) and XLSX
// (exceljs), in the reader's language.
import ExcelJS from 'exceljs';
import type { Language, ProgrammeReport } from '../../../shared/api';
import { followUpTexts } from '../../../shared/follow-up-texts';
import { pdfDocument } from '../../documents/pdf';

function filterLine(report: ProgrammeReport, lang: Language): string {
  const t = followUpTexts[lang].report;
  const f = report.filters;
  const period = `${t.period}: ${f.from ?? '…'} – ${f.to ?? '…'}`;
  return [period, `${t.region}: ${f.regionId ?? t.all}`, `${t.twinning}: ${f.twinningId ?? t.all}`, `${t.theme}: ${f.theme ?? t.all}`].join(' · ');
}

export function reportPdf(report: ProgrammeReport, lang: Language): Promise<Buffer> {
  const t = followUpTexts[lang];
  const { doc, done } = pdfDocument(t.report.title, undefined, lang);
  doc.fontSize(18).text(t.report.title);
  doc.moveDown(0.3).fontSize(9).fillColor('#555').text(filterLine(report, lang)).fillColor('black');
  const max = Math.max(1, ...report.funnel.map((s) => s.count));
  doc.moveDown();
  for (const step of report.funnel) {
    const y = doc.y;
    doc.fontSize(10).text(t.measures[step.measure], 50, y, { width: 200 });
    doc.rect(260, y, Math.max(2, (230 * step.count) / max), 10).fill('#1a4d2e').fillColor('black');
    doc.text(String(step.count), 500, y, { width: 45, align: 'right' });
    doc.moveDown(0.6);
  }
  if (report.events.length > 0) {
    doc.moveDown().fontSize(14).text(t.report.events, 50).fontSize(10);
    for (const e of report.events) {
      doc.text(`${e.title}: ${t.report.meetings} ${e.meetings} · ${t.report.answered} ${e.answered} · ${t.report.agreed} ${e.followUpsAgreed}`, 50);
    }
  }
  doc.end();
  return done;
}

export async function reportXlsx(report: ProgrammeReport, lang: Language): Promise<Buffer> {
  const t = followUpTexts[lang];
  const book = new ExcelJS.Workbook();
  const funnel = book.addWorksheet(t.report.title.slice(0, 31));
  funnel.addRow([filterLine(report, lang)]);
  funnel.addRow([t.report.measure, t.report.count]).font = { bold: true };
  for (const step of report.funnel) funnel.addRow([t.measures[step.measure], step.count]);
  funnel.getColumn(1).width = 32;
  const events = book.addWorksheet(t.report.events.slice(0, 31));
  events.addRow([t.report.event, t.report.meetings, t.report.answered, ...Object.values(t.answers), t.report.agreed]).font = { bold: true };
  for (const e of report.events) events.addRow([e.title, e.meetings, e.answered, ...Object.keys(t.answers).map((a) => e.answers[a as keyof typeof e.answers]), e.followUpsAgreed]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
