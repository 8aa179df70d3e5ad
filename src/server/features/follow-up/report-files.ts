// The programme report as PDF (pdfkit, in the shipped Noto Sans SC like every PDF) and XLSX
// (exceljs), in the reader's language (namespace `programmeReport`).
import type { TFunction } from 'i18next';
import { feedbackAnswers, type Language, type ProgrammeReport } from '../../../shared/api';
import { translatorFor } from '../../../shared/i18n';
import { pdfDocument } from '../../documents/pdf';
import { loadExcel } from '../../documents/lazy-libraries';

function filterLine(report: ProgrammeReport, t: TFunction): string {
  const f = report.filters;
  const all = t('programmeReport:all');
  const period = `${t('programmeReport:period')}: ${f.from ?? '…'} – ${f.to ?? '…'}`;
  return [
    period,
    `${t('programmeReport:region')}: ${f.regionId ?? all}`,
    `${t('programmeReport:twinning')}: ${f.twinningId ?? all}`,
    `${t('programmeReport:theme')}: ${f.theme ?? all}`,
  ].join(' · ');
}

export async function reportPdf(report: ProgrammeReport, lang: Language): Promise<Buffer> {
  const t = await translatorFor(lang);
  const title = t('programmeReport:title');
  const { doc, done } = await pdfDocument(title, undefined, lang);
  doc.fontSize(18).text(title);
  doc.moveDown(0.3).fontSize(9).fillColor('#555').text(filterLine(report, t)).fillColor('black');
  const max = Math.max(1, ...report.funnel.map((s) => s.count));
  doc.moveDown();
  for (const step of report.funnel) {
    const y = doc.y;
    doc.fontSize(10).text(t(`programmeReport:measures.${step.measure}`), 50, y, { width: 200 });
    doc
      .rect(260, y, Math.max(2, (230 * step.count) / max), 10)
      .fill('#1a4d2e')
      .fillColor('black');
    doc.text(String(step.count), 500, y, { width: 45, align: 'right' });
    doc.moveDown(0.6);
  }
  if (report.events.length > 0) {
    doc.moveDown().fontSize(14).text(t('programmeReport:events'), 50).fontSize(10);
    for (const e of report.events) {
      doc.text(
        `${e.title}: ${t('programmeReport:meetings')} ${e.meetings} · ${t('programmeReport:answered')} ${e.answered} · ${t('programmeReport:agreed')} ${e.followUpsAgreed}`,
        50,
      );
    }
  }
  doc.end();
  return done;
}

export async function reportXlsx(report: ProgrammeReport, lang: Language): Promise<Buffer> {
  const t = await translatorFor(lang);
  const book = new (await loadExcel()).Workbook();
  const funnel = book.addWorksheet(t('programmeReport:title').slice(0, 31));
  funnel.addRow([filterLine(report, t)]);
  funnel.addRow([t('programmeReport:measure'), t('programmeReport:count')]).font = { bold: true };
  for (const step of report.funnel) funnel.addRow([t(`programmeReport:measures.${step.measure}`), step.count]);
  funnel.getColumn(1).width = 32;
  const events = book.addWorksheet(t('programmeReport:events').slice(0, 31));
  const answers = feedbackAnswers.map((a) => t(`programmeReport:answers.${a}`));
  events.addRow([t('programmeReport:event'), t('programmeReport:meetings'), t('programmeReport:answered'), ...answers, t('programmeReport:agreed')]).font = {
    bold: true,
  };
  for (const e of report.events) events.addRow([e.title, e.meetings, e.answered, ...feedbackAnswers.map((a) => e.answers[a]), e.followUpsAgreed]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
