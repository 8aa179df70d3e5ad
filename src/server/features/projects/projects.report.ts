// The printable status report of a project (PDF, pdfkit), set in the shipped Noto Sans SC like
// every PDF (src/server/documents/pdf.ts). Budgets and transactions are not in the report (confidential).
import type { Language, MultilingualText, Project } from '../../../core/projects/model';
import { pdfDocument } from '../../documents/pdf';
import { intlLocale, translatorFor } from '../../../shared/i18n';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { indicatorProgress, nextPendingGate, overdueDeliverables } from '../../../core/projects/rules';

/** The text in the reader's language, else the original. */
export const textIn = (text: MultilingualText | undefined, lang: Language): string => (text ? (text[lang] ?? text[text.original] ?? '') : '');

/** The report's labels (catalogue namespace `documents`, projectReport.*) in one language. */
async function labelsIn(lang: Language) {
  const t = await translatorFor(lang);
  const keys = [
    'report',
    'status',
    'closed',
    'phases',
    'gate',
    'decided',
    'activities',
    'overdue',
    'none',
    'results',
    'indicator',
    'target',
    'actual',
    'progress',
    'nextGate',
    'dueBy',
    'generated',
    'reported',
    'tentative',
    'recurring',
  ] as const;
  return {
    t,
    L: Object.fromEntries(keys.map((k) => [k, t(`documents:projectReport.${k}`)])) as Record<(typeof keys)[number], string>,
  };
}

export async function renderProjectReport(project: Project, options: { lang: Language; today: string }): Promise<Buffer> {
  const { lang, today } = options;
  const { t, L } = await labelsIn(lang);
  const number = new Intl.NumberFormat(intlLocale[lang]);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const { doc, done } = await pdfDocument(textIn(project.title, lang), undefined, lang);

  const width = doc.page.width - 100;
  const heading = (text: string) => doc.moveDown(0.8).fontSize(14).fillColor('#1a4d2e').text(text, 50, undefined, { width }).fillColor('black').fontSize(10);
  const line = (text: string, indent = 0) => doc.fontSize(10).text(text, 50 + indent, undefined, { width: width - indent });

  doc.fontSize(9).fillColor('#555').text(`${L.report} · ${project.iatiIdentifier}`, { width });
  doc.moveDown(0.3).fontSize(18).fillColor('black').text(textIn(project.title, lang), { width });
  // The other languages of the title, Chinese among them, under the reader's.
  for (const other of (['zh', 'en', 'nl'] as const).filter((l) => l !== lang && project.title[l])) {
    doc
      .fontSize(12)
      .fillColor('#333')
      .text(project.title[other] ?? '', { width });
  }
  doc.fillColor('black').moveDown(0.5);
  line(`${L.status}: ${t(`documents:projectReport.projectStatus.${project.status}`, { defaultValue: String(project.status) })}`);
  if (project.closure) {
    line(`${L.closed}${project.closure.decidedAt ? ` (${day(project.closure.decidedAt)})` : ''}: ${textIn(project.closure.reason, lang)}`);
  }
  const next = nextPendingGate(project);
  if (next) line(`${L.nextGate}: ${next.order}. ${textIn(next.name, lang)}`);
  doc.moveDown(0.3);
  line(textIn(project.purpose, lang));

  heading(L.phases);
  const phases = [...project.phases].sort((a, b) => a.order - b.order);
  for (const phase of phases) {
    const g = phase.gate;
    const decided = g.decidedAt ? ` — ${L.decided} ${day(g.decidedAt)}${g.decidedBy ? `, ${g.decidedBy}` : ''}` : '';
    line(`${phase.order}. ${textIn(phase.name, lang)} — ${L.gate}: ${t(`documents:projectReport.gateStatus.${g.status}`)}${decided}`);
    if (g.rationale) line(textIn(g.rationale, lang), 15);
  }

  heading(L.activities);
  for (const phase of phases) {
    if (phase.activities.length === 0) continue;
    doc.moveDown(0.2);
    line(`${phase.order}. ${textIn(phase.name, lang)}`);
    for (const a of phase.activities) {
      const marks = [
        t(`documents:projectReport.activityStatus.${a.status}`, { defaultValue: a.status }),
        ...(a.tentative ? [L.tentative] : []),
        ...(a.recurring ? [L.recurring] : []),
      ].join(', ');
      line(`• ${formatPrecisionDate(a.date, lang)} — ${textIn(a.title, lang)} (${marks})`, 15);
    }
  }

  heading(L.overdue);
  const overdue = overdueDeliverables(project, today);
  if (overdue.length === 0) line(L.none);
  for (const o of overdue) {
    line(`• ${textIn(o.deliverable.title, lang)} — ${L.dueBy} ${formatPrecisionDate(o.deliverable.due, lang)} (${o.dueBy})`, 15);
  }

  heading(L.results);
  const columns = [
    { label: L.results, width: width * 0.34 },
    { label: L.indicator, width: width * 0.3 },
    { label: L.target, width: width * 0.12 },
    { label: L.actual, width: width * 0.12 },
    { label: L.progress, width: width * 0.12 },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.fontSize(bold ? 9.5 : 9).fillColor(bold ? '#1a4d2e' : 'black');
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: (columns[i]?.width ?? 50) - 6 }));
    const height = Math.max(...heights) + 4;
    if (y + height > doc.page.height - 50) doc.addPage();
    const top = doc.y;
    let x = 50;
    cells.forEach((c, i) => {
      doc.text(c, x, top, { width: (columns[i]?.width ?? 50) - 6 });
      x += columns[i]?.width ?? 50;
    });
    doc
      .moveTo(50, top + height - 1)
      .lineTo(50 + width, top + height - 1)
      .strokeColor('#ccc')
      .stroke();
    doc.x = 50;
    doc.y = top + height;
  };
  row(
    columns.map((c) => c.label),
    true,
  );
  for (const result of project.results) {
    result.indicators.forEach((indicator, i) => {
      const progress = indicatorProgress(indicator);
      const period = progress.kind === 'no-data' ? undefined : indicator.periods.find((p) => p.id === progress.periodId);
      const show = (v: { value?: number; comment?: MultilingualText } | undefined) =>
        v ? [v.value === undefined ? '' : number.format(v.value), textIn(v.comment, lang)].filter(Boolean).join(' ') : '—';
      const ratio =
        progress.kind === 'quantitative'
          ? new Intl.NumberFormat(intlLocale[lang], { style: 'percent' }).format(progress.ratio)
          : progress.kind === 'qualitative'
            ? progress.reported
              ? L.reported
              : '—'
            : '—';
      row([i === 0 ? textIn(result.title, lang) : '', textIn(indicator.title, lang), show(period?.target), show(period?.actual), ratio]);
    });
  }

  doc
    .moveDown(1)
    .fontSize(8)
    .fillColor('#555')
    .text(`${L.generated} ${day(today)} · Cleantech Bridge`, 50, undefined, { width });
  doc.end();
  return done;
}
