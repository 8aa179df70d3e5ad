// The IATI Rulesets 2.03 (vendor: shared/iati/rulesets/standard.json) that can fail on what our
// exporter writes, checked on the same element tree it serialises. The XSD checks structure only;
// these are the business rules the IATI Validator adds (rule ids as in the ruleset).
import type { Project } from '../projects/model';
import { childrenNamed } from './xml';
import type { XmlElement } from './xml';

export interface IatiRuleIssue {
  ruleId: string;
  severity: 'error' | 'warning';
  /** iati-identifier of the activity concerned. */
  activity: string;
  message: string;
  /** The element concerned, when it is narrower than the activity (for locating the finding). */
  at?: XmlElement;
}

const text = (node: XmlElement | undefined): string =>
  node ? node.children.map((c) => (typeof c === 'string' ? c : text(c))).join('') : '';
const first = (node: XmlElement, name: string): XmlElement | undefined => childrenNamed(node, name)[0];
const attr = (node: XmlElement | undefined, name: string): string | undefined => node?.attrs[name];

function descendants(node: XmlElement): XmlElement[] {
  return node.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...descendants(c)]));
}

function addYear(isoDate: string): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const isNumber = (v: string | undefined): boolean => v !== undefined && v.trim() !== '' && Number.isFinite(Number(v));

type Issue = Omit<IatiRuleIssue, 'activity'>;
type Check = (activity: XmlElement, today: string) => Issue[];
const issue = (ruleId: string, severity: Issue['severity'], message: string, at?: XmlElement): Issue => ({ ruleId, severity, message, ...(at ? { at } : {}) });

const identifierChecks: Check = (a) => {
  const idNode = first(a, 'iati-identifier');
  const id = text(idNode);
  const ref = attr(first(a, 'reporting-org'), 'ref') ?? '';
  return [
    ...(id === ref ? [issue('1.1.3', 'error', 'identifier equals the reporting organisation identifier', idNode)] : []),
    ...(!id.startsWith(ref) ? [issue('1.1.21', 'warning', `identifier should begin with ${ref}`, idNode)] : []),
    ...(/[/&|?]/.test(id) ? [issue('1.3.13', 'warning', 'identifier contains /, &, | or ?', idNode)] : []),
  ];
};

const dateChecks: Check = (a, today) => {
  const dateNodes = new Map(childrenNamed(a, 'activity-date').map((d) => [attr(d, 'type'), d]));
  const dates = new Map([...dateNodes].map(([type, d]) => [type, attr(d, 'iso-date') ?? '']));
  const issues: Issue[] = [];
  if (!dates.has('1') && !dates.has('2')) issues.push(issue('6.11.1', 'error', 'no planned or actual start date'));
  const order = (ruleId: string, start: string, end: string, what: string): void => {
    const s = dates.get(start);
    const e = dates.get(end);
    if (s && e && s > e) issues.push(issue(ruleId, 'error', `${what} start ${s} is after its end ${e}`, dateNodes.get(end)));
  };
  order('11.1.2', '1', '3', 'planned');
  order('11.1.3', '2', '4', 'actual');
  for (const [type, ruleId] of [['2', '11.1.4'], ['4', '11.1.5']] as const) {
    const d = dates.get(type);
    if (d && d > today) issues.push(issue(ruleId, 'error', `actual date ${d} is in the future`, dateNodes.get(type)));
  }
  const updated = attr(a, 'last-updated-datetime');
  if (updated && updated.slice(0, 10) > today) issues.push(issue('11.1.1', 'error', 'last-updated-datetime is in the future'));
  for (const t of childrenNamed(a, 'transaction')) {
    const date = attr(first(t, 'transaction-date'), 'iso-date');
    const valueDate = attr(first(t, 'value'), 'value-date');
    if (date && date > today) issues.push(issue('11.2.1', 'error', `transaction date ${date} is in the future`, first(t, 'transaction-date')));
    if (valueDate && valueDate > today) issues.push(issue('11.2.2', 'error', `transaction value date ${valueDate} is in the future`, first(t, 'value')));
  }
  return issues;
};

const sectorChecks: Check = (a) => {
  const sectors = childrenNamed(a, 'sector');
  const transactions = childrenNamed(a, 'transaction');
  const onAllTransactions = transactions.length > 0 && transactions.every((t) => childrenNamed(t, 'sector').length > 0);
  if (sectors.length === 0) {
    return onAllTransactions ? [] : [issue('6.2.2', 'error', 'no sector at activity level nor on all transactions')];
  }
  const byVocabulary = new Map<string, XmlElement[]>();
  for (const s of sectors) {
    const vocabulary = attr(s, 'vocabulary') ?? '1';
    byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), s]);
  }
  return [...byVocabulary].flatMap(([vocabulary, group]) => {
    const percentages = group.map((s) => attr(s, 'percentage'));
    if (group.length === 1) {
      const p = percentages[0];
      return p === undefined || Number(p) === 100 ? [] : [issue('2.1.4', 'error', `single sector of vocabulary ${vocabulary} has percentage ${p}`, group[0])];
    }
    if (percentages.some((p) => p === undefined)) {
      return [issue('2.1.1', 'error', `sectors of vocabulary ${vocabulary} lack a percentage`, group.find((s) => attr(s, 'percentage') === undefined))];
    }
    const sum = percentages.reduce((total, p) => total + Number(p), 0);
    return Math.abs(sum - 100) < 1e-9 ? [] : [issue('2.1.2', 'error', `sector percentages of vocabulary ${vocabulary} sum to ${sum}`, group[0])];
  });
};

const languageAndCurrencyChecks: Check = (a) => {
  const all = descendants(a);
  const issues: Issue[] = [];
  if (!attr(a, 'xml:lang') && all.some((n) => n.name === 'narrative' && !attr(n, 'xml:lang'))) {
    issues.push(issue('4.1.1', 'error', 'no default language and a narrative without xml:lang'));
  }
  if (!attr(a, 'default-currency') && all.some((n) => n.name === 'value' && !attr(n, 'currency'))) {
    issues.push(issue('7.8.1', 'error', 'no default currency and a value without currency'));
  }
  return issues;
};

const budgetChecks: Check = (a) =>
  childrenNamed(a, 'budget').flatMap((b) => {
    const start = attr(first(b, 'period-start'), 'iso-date') ?? '';
    const end = attr(first(b, 'period-end'), 'iso-date') ?? '';
    if (start >= end) return [issue('8.6.3', 'error', `budget period ${start}..${end} does not start before it ends`, b)];
    return end >= addYear(start) ? [issue('7.5.3', 'error', `budget period ${start}..${end} is longer than one year`, b)] : [];
  });

const markerAndOrgChecks: Check = (a) => [
  ...childrenNamed(a, 'policy-marker')
    .filter((m) => (attr(m, 'vocabulary') ?? '1') === '1' && attr(m, 'significance') === undefined)
    .map((m) => issue('6.14.1', 'error', 'DAC policy marker without significance', m)),
  ...childrenNamed(a, 'participating-org')
    .filter((o) => !attr(o, 'ref') && childrenNamed(o, 'narrative').length === 0)
    .map((o) => issue('6.10.1', 'error', 'participating organisation without identifier or narrative', o)),
];

const resultChecks: Check = (a) =>
  childrenNamed(a, 'result').flatMap((r) =>
    childrenNamed(r, 'indicator').flatMap((ind) => {
      const qualitative = attr(ind, 'measure') === '5';
      const periods = childrenNamed(ind, 'period');
      const valued = [
        ...childrenNamed(ind, 'baseline').map((n) => ['8.8', n] as const),
        ...periods.flatMap((p) => [...childrenNamed(p, 'target').map((n) => ['8.9', n] as const), ...childrenNamed(p, 'actual').map((n) => ['8.10', n] as const)]),
      ];
      const valueIssues = valued.flatMap(([rule, n]) => {
        const v = attr(n, 'value');
        if (qualitative) return v === undefined ? [] : [issue(`${rule}.3`, 'warning', `${n.name} of a qualitative indicator has a value`, n)];
        return isNumber(v) ? [] : [issue(`${rule}.1`, 'error', `${n.name} of a quantitative indicator lacks a numeric value`, n)];
      });
      const periodIssues = periods.flatMap((p) => {
        const start = attr(first(p, 'period-start'), 'iso-date') ?? '';
        const end = attr(first(p, 'period-end'), 'iso-date') ?? '';
        return start < end ? [] : [issue('8.6.1', 'error', `indicator period ${start}..${end} does not start before it ends`, p)];
      });
      return [...valueIssues, ...periodIssues];
    }),
  );

const CHECKS: readonly Check[] = [identifierChecks, dateChecks, sectorChecks, languageAndCurrencyChecks, budgetChecks, markerAndOrgChecks, resultChecks];

/** Ruleset issues of an `iati-activities` tree, given today's date (ISO). */
export function checkIatiRules(root: XmlElement, today: string): IatiRuleIssue[] {
  return childrenNamed(root, 'iati-activity').flatMap((a) => {
    const activity = text(first(a, 'iati-identifier'));
    return CHECKS.flatMap((check) => check(a, today).map((issue) => ({ ...issue, activity })));
  });
}

/** Parts of a project that IATI cannot carry as they stand, so the export leaves them out. */
export function unpublishableParts(project: Project): string[] {
  return [
    ...project.budgetLines.filter((b) => !b.period).map((b) => `budget line ${b.id} has no period (IATI budgets need one of at most a year)`),
    ...project.documents.filter((d) => !d.url || !d.format).map((d) => `document ${d.id} has no url or format`),
    ...project.participations
      .filter((p) => !project.organisations.some((o) => o.id === p.organisationId))
      .map((p) => `participation ${p.id} names unknown organisation ${p.organisationId}`),
  ];
}
