// The printable status report of a project (PDF, pdfkit), set in the shipped Noto Sans SC like
// every PDF (src/server/documents/pdf.ts). Budgets and transactions are not in the report (confidential).
import type { Language, MultilingualText, Project } from '../../../core/projects/model';
import { pdfDocument } from '../../documents/pdf';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { indicatorProgress, nextPendingGate, overdueDeliverables } from '../../../core/projects/rules';


const LABELS = {
  en: {
    report: 'Project status report', status: 'Status', closed: 'Closed', phases: 'Phases and gates', gate: 'Gate',
    decided: 'decided', activities: 'Activities', overdue: 'Overdue deliverables', none: 'None', results: 'Results',
    indicator: 'Indicator', target: 'Target', actual: 'Actual', progress: 'Progress', nextGate: 'Next pending gate',
    dueBy: 'due by', generated: 'Generated on', reported: 'reported', tentative: 'tentative', recurring: 'recurring',
  },
  nl: {
    report: 'Voortgangsrapport project', status: 'Status', closed: 'Afgesloten', phases: 'Fasen en beslismomenten', gate: 'Beslismoment',
    decided: 'besloten', activities: 'Activiteiten', overdue: 'Te late producten', none: 'Geen', results: 'Resultaten',
    indicator: 'Indicator', target: 'Doel', actual: 'Gerealiseerd', progress: 'Voortgang', nextGate: 'Volgend beslismoment',
    dueBy: 'uiterlijk', generated: 'Gemaakt op', reported: 'gerapporteerd', tentative: 'onder voorbehoud', recurring: 'terugkerend',
  },
  zh: {
    report: '项目进展报告', status: '状态', closed: '已关闭', phases: '阶段与决策关口', gate: '决策关口', decided: '决定于',
    activities: '活动', overdue: '逾期成果', none: '无', results: '成果', indicator: '指标', target: '目标', actual: '实际',
    progress: '进度', nextGate: '下一个待定关口', dueBy: '截止', generated: '生成日期', reported: '已报告', tentative: '暂定', recurring: '定期',
  },
} as const satisfies Record<Language, Record<string, string>>;

const STATUS: Record<Language, Record<number, string>> = {
  en: { 1: 'Pipeline/identification', 2: 'Implementation', 3: 'Finalisation', 4: 'Closed', 5: 'Cancelled', 6: 'Suspended' },
  nl: { 1: 'Voorbereiding', 2: 'Uitvoering', 3: 'Afronding', 4: 'Afgesloten', 5: 'Geannuleerd', 6: 'Opgeschort' },
  zh: { 1: '筹备', 2: '实施', 3: '收尾', 4: '已结束', 5: '已取消', 6: '已暂停' },
};
const ACTIVITY_STATUS: Record<Language, Record<string, string>> = {
  en: { planned: 'planned', 'in-progress': 'in progress', done: 'done', cancelled: 'cancelled' },
  nl: { planned: 'gepland', 'in-progress': 'bezig', done: 'gedaan', cancelled: 'geannuleerd' },
  zh: { planned: '计划中', 'in-progress': '进行中', done: '已完成', cancelled: '已取消' },
};
const GATE: Record<Language, Record<string, string>> = {
  en: { pending: 'pending', go: 'go', 'no-go': 'no-go' },
  nl: { pending: 'open', go: 'go', 'no-go': 'no-go' },
  zh: { pending: '待定', go: '通过', 'no-go': '不通过' },
};

/** The text in the reader's language, else the original. */
export const textIn = (text: MultilingualText | undefined, lang: Language): string => (text ? (text[lang] ?? text[text.original] ?? '') : '');

export function renderProjectReport(project: Project, options: { lang: Language; today: string }): Promise<Buffer> {
  const { lang, today } = options;
  const L = LABELS[lang];
  const { doc, done } = pdfDocument(textIn(project.title, lang), undefined, lang);

  const width = doc.page.width - 100;
  const heading = (text: string) => doc.moveDown(0.8).fontSize(14).fillColor('#1a4d2e').text(text, 50, undefined, { width }).fillColor('black').fontSize(10);
  const line = (text: string, indent = 0) => doc.fontSize(10).text(text, 50 + indent, undefined, { width: width - indent });

  doc.fontSize(9).fillColor('#555').text(`${L.report} · ${project.iatiIdentifier}`, { width });
  doc.moveDown(0.3).fontSize(18).fillColor('black').text(textIn(project.title, lang), { width });
  // The other languages of the title, Chinese among them, under the reader's.
  for (const other of (['zh', 'en', 'nl'] as const).filter((l) => l !== lang && project.title[l])) {
    doc.fontSize(12).fillColor('#333').text(project.title[other] ?? '', { width });
  }
  doc.fillColor('black').moveDown(0.5);
  line(`${L.status}: ${STATUS[lang][project.status] ?? project.status}`);
  if (project.closure) {
    line(`${L.closed}${project.closure.decidedAt ? ` (${project.closure.decidedAt})` : ''}: ${textIn(project.closure.reason, lang)}`);
  }
  const next = nextPendingGate(project);
  if (next) line(`${L.nextGate}: ${next.order}. ${textIn(next.name, lang)}`);
  doc.moveDown(0.3);
  line(textIn(project.purpose, lang));

  heading(L.phases);
  const phases = [...project.phases].sort((a, b) => a.order - b.order);
  for (const phase of phases) {
    const g = phase.gate;
    const decided = g.decidedAt ? ` — ${L.decided} ${g.decidedAt}${g.decidedBy ? `, ${g.decidedBy}` : ''}` : '';
    line(`${phase.order}. ${textIn(phase.name, lang)} — ${L.gate}: ${GATE[lang][g.status]}${decided}`);
    if (g.rationale) line(textIn(g.rationale, lang), 15);
  }

  heading(L.activities);
  for (const phase of phases) {
    if (phase.activities.length === 0) continue;
    doc.moveDown(0.2);
    line(`${phase.order}. ${textIn(phase.name, lang)}`);
    for (const a of phase.activities) {
      const marks = [ACTIVITY_STATUS[lang][a.status] ?? a.status, ...(a.tentative ? [L.tentative] : []), ...(a.recurring ? [L.recurring] : [])].join(', ');
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
    doc.moveTo(50, top + height - 1).lineTo(50 + width, top + height - 1).strokeColor('#ccc').stroke();
    doc.x = 50;
    doc.y = top + height;
  };
  row(columns.map((c) => c.label), true);
  for (const result of project.results) {
    result.indicators.forEach((indicator, i) => {
      const progress = indicatorProgress(indicator);
      const period = progress.kind === 'no-data' ? undefined : indicator.periods.find((p) => p.id === progress.periodId);
      const show = (v: { value?: number; comment?: MultilingualText } | undefined) =>
        v ? [v.value === undefined ? '' : String(v.value), textIn(v.comment, lang)].filter(Boolean).join(' ') : '—';
      const ratio =
        progress.kind === 'quantitative' ? `${Math.round(progress.ratio * 100)}%` : progress.kind === 'qualitative' ? (progress.reported ? L.reported : '—') : '—';
      row([i === 0 ? textIn(result.title, lang) : '', textIn(indicator.title, lang), show(period?.target), show(period?.actual), ratio]);
    });
  }

  doc.moveDown(1).fontSize(8).fillColor('#555').text(`${L.generated} ${today} · Cleantech Bridge`, 50, undefined, { width });
  doc.end();
  return done;
}
