import { useLanguage } from '../../i18n/index';

/** Labels of the project pages, in the three UI languages. */
const en = {
  projects: 'Cooperation projects',
  none: 'No projects yet.',
  status: 'Status',
  nextGate: 'Next pending gate',
  noGate: 'none',
  overdue: 'Overdue deliverables',
  closed: 'Closed',
  phases: 'Phases and gates',
  gate: 'Gate',
  activities: 'Activities',
  deliverables: 'Deliverables',
  results: 'Results',
  indicator: 'Indicator',
  target: 'Target',
  actual: 'Actual',
  budget: 'Budget and transactions (confidential)',
  report: 'Status report (PDF)',
  calendar: 'Activities calendar (.ics)',
  iati: 'IATI XML',
  signInForDetails: 'Sign in to see the whole project.',
  statuses: { 1: 'Pipeline', 2: 'Implementation', 3: 'Finalisation', 4: 'Closed', 5: 'Cancelled', 6: 'Suspended' } as Record<number, string>,
  gates: { pending: 'pending', go: 'go', 'no-go': 'no-go' } as Record<string, string>,
};
export type ProjectTexts = typeof en;

const nl: ProjectTexts = {
  projects: 'Samenwerkingsprojecten',
  none: 'Nog geen projecten.',
  status: 'Status',
  nextGate: 'Volgend beslismoment',
  noGate: 'geen',
  overdue: 'Te late producten',
  closed: 'Afgesloten',
  phases: 'Fasen en beslismomenten',
  gate: 'Beslismoment',
  activities: 'Activiteiten',
  deliverables: 'Producten',
  results: 'Resultaten',
  indicator: 'Indicator',
  target: 'Doel',
  actual: 'Gerealiseerd',
  budget: 'Begroting en transacties (vertrouwelijk)',
  report: 'Voortgangsrapport (PDF)',
  calendar: 'Activiteitenkalender (.ics)',
  iati: 'IATI-XML',
  signInForDetails: 'Meld u aan om het hele project te zien.',
  statuses: { 1: 'Voorbereiding', 2: 'Uitvoering', 3: 'Afronding', 4: 'Afgesloten', 5: 'Geannuleerd', 6: 'Opgeschort' },
  gates: { pending: 'open', go: 'go', 'no-go': 'no-go' },
};

const zh: ProjectTexts = {
  projects: '合作项目',
  none: '暂无项目。',
  status: '状态',
  nextGate: '下一个待定关口',
  noGate: '无',
  overdue: '逾期成果',
  closed: '已关闭',
  phases: '阶段与决策关口',
  gate: '决策关口',
  activities: '活动',
  deliverables: '成果',
  results: '结果',
  indicator: '指标',
  target: '目标',
  actual: '实际',
  budget: '预算与交易（保密）',
  report: '进展报告（PDF）',
  calendar: '活动日历（.ics）',
  iati: 'IATI XML',
  signInForDetails: '登录后可查看完整项目。',
  statuses: { 1: '筹备', 2: '实施', 3: '收尾', 4: '已结束', 5: '已取消', 6: '已暂停' },
  gates: { pending: '待定', go: '通过', 'no-go': '不通过' },
};

const texts = { en, nl, zh };

export function useProjectTexts(): ProjectTexts {
  return texts[useLanguage()];
}
