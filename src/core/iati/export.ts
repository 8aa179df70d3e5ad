// Projects → IATI 2.03 `iati-activities` XML. A project is the parent activity (hierarchy 1) and
// each phase a child activity (hierarchy 2), linked both ways with related-activity. Elements are
// written in the order of the iati-activity xsd:sequence, which the schema enforces.
import { LANGUAGES } from '../projects/model';
import { phaseStartBlocker } from '../projects/rules';
import { precisionDateBounds } from '../projects/precision-date';
import type {
  ActivityStatus, Indicator, MultilingualText, OrganisationRef, Phase, Project, ReportingOrg, Result, Transaction,
} from '../projects/model';
import { CLIMATE_MITIGATION_MARKER } from './codelists';
import { mitigationForThemes, sectorsForThemes } from './themes';
import { el, serializeXml } from './xml';
import type { XmlElement } from './xml';

export interface IatiExportOptions {
  /** The publisher; a project imported from another publisher keeps its own reporting org. */
  reportingOrg: ReportingOrg;
  /** ISO date-time of this export (the core has no clock). */
  generatedAt: string;
}

interface ActivityDates {
  plannedStart?: string;
  plannedEnd?: string;
  actualStart?: string;
  actualEnd?: string;
}

/** Narratives in every language held, the original first, each with its xml:lang. */
function narratives(text: MultilingualText): XmlElement[] {
  const order = [text.original, ...LANGUAGES.filter((l) => l !== text.original)];
  return order.flatMap((lang) => {
    const value = text[lang];
    return value === undefined ? [] : [el('narrative', { 'xml:lang': lang }, [value])];
  });
}

const phaseIdentifier = (project: Project, phase: Phase): string => `${project.iatiIdentifier}-P${phase.order}`;

const dayAfter = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const min = (values: string[]): string | undefined => [...values].sort()[0];
const max = (values: string[]): string | undefined => [...values].sort().at(-1);

function activityBounds(phase: Phase) {
  return phase.activities.map((a) => precisionDateBounds(a.date));
}

/** Phase dates: explicit ones win; otherwise the span of its dated activities (an end only when
 *  every activity is dated). A phase with no dated activity cannot start before the last known
 *  day of the earlier phases, and IATI requires a start date, so that bound is used. */
function phaseDates(phases: readonly Phase[], phase: Phase): ActivityDates {
  if (phase.dates && Object.keys(phase.dates).length > 0) return phase.dates;
  const bounds = activityBounds(phase);
  const known = bounds.filter((b) => b !== undefined);
  const plannedEnd = known.length > 0 && known.length === bounds.length ? max(known.map((b) => b.end)) : undefined;
  const ownStart = min(known.map((b) => b.start));
  if (ownStart) return { plannedStart: ownStart, plannedEnd };
  const earlierEnds = phases
    .filter((p) => p.order < phase.order)
    .flatMap((p) => [...(p.dates?.plannedEnd ? [p.dates.plannedEnd] : []), ...activityBounds(p).flatMap((b) => (b ? [b.end] : []))]);
  const lastKnown = max(earlierEnds);
  return lastKnown ? { plannedStart: dayAfter(lastKnown) } : {};
}

/** Project dates: explicit ones win; a missing planned start is the first dated activity. */
function projectDates(project: Project): ActivityDates {
  if (project.dates.plannedStart || project.dates.actualStart) return project.dates;
  const starts = project.phases.flatMap((p) => activityBounds(p).flatMap((b) => (b ? [b.start] : [])));
  return { ...project.dates, plannedStart: min(starts) };
}

/** A phase's IATI status follows from the gates: decided → closed, not yet opened → pipeline,
 *  after a no-go closure → cancelled, open → the project's status. */
function phaseStatus(project: Project, phase: Phase): ActivityStatus {
  const closedAt = project.phases.find((p) => p.id === project.closure?.phaseId)?.order;
  if (closedAt !== undefined && phase.order > closedAt) return 5;
  if (phase.gate.status !== 'pending') return 4;
  if (phaseStartBlocker(project, phase.id)) return 1;
  return project.status;
}

function activityDateElements(dates: ActivityDates): XmlElement[] {
  const typed: [string, string | undefined][] = [
    ['1', dates.plannedStart], ['2', dates.actualStart], ['3', dates.plannedEnd], ['4', dates.actualEnd],
  ];
  return typed.flatMap(([type, iso]) => (iso ? [el('activity-date', { type, 'iso-date': iso })] : []));
}

function participatingOrgs(project: Project): XmlElement[] {
  const byId = new Map(project.organisations.map((o) => [o.id, o]));
  return project.participations.flatMap((p) => {
    const org = byId.get(p.organisationId);
    return org ? [el('participating-org', { ref: org.iatiRef, role: p.role, type: org.iatiType }, narratives(org.name))] : [];
  });
}

function classification(project: Project): XmlElement[] {
  const sectors = sectorsForThemes(project.themes).map((s) =>
    el('sector', { vocabulary: '1', code: s.code, percentage: s.percentage }),
  );
  const significance = mitigationForThemes(project.themes);
  const marker = significance === undefined
    ? []
    : [el('policy-marker', { vocabulary: CLIMATE_MITIGATION_MARKER.vocabulary, code: CLIMATE_MITIGATION_MARKER.code, significance })];
  return [...sectors, ...marker];
}

function recipient(project: Project): XmlElement[] {
  const location = project.location;
  if (!location) return [];
  // The district (most precise) is the location's name; the region it lies in its description.
  const name = location.district ?? location.region;
  const within = location.district ? location.region : undefined;
  return [
    el('recipient-country', { code: location.countryCode }),
    name
      ? el('location', { ref: `${project.iatiIdentifier}-LOC` }, [
          el('name', {}, narratives(name)),
          within ? el('description', {}, narratives(within)) : undefined,
        ])
      : undefined,
  ].filter((e) => e !== undefined);
}

const value = (amount: number, currency: string, valueDate: string): XmlElement =>
  el('value', { currency, 'value-date': valueDate }, [String(amount)]);

function budgets(project: Project): XmlElement[] {
  return project.budgetLines.flatMap((line) =>
    line.period
      ? [el('budget', { type: '1', status: line.status === 'committed' ? '2' : '1' }, [
          el('period-start', { 'iso-date': line.period.start }),
          el('period-end', { 'iso-date': line.period.end }),
          value(line.value.amount, line.value.currency, line.period.start),
        ])]
      : [],
  );
}

function orgReference(project: Project, name: 'provider-org' | 'receiver-org', orgId: string | undefined): XmlElement | undefined {
  const org: OrganisationRef | undefined = project.organisations.find((o) => o.id === orgId);
  return org ? el(name, { ref: org.iatiRef, type: org.iatiType }, narratives(org.name)) : undefined;
}

/** The currency conversion date of a transaction is the date of its stated exchange rate. */
const valueDate = (t: Transaction): string => t.exchangeRate?.date ?? t.date;

function plannedDisbursements(project: Project): XmlElement[] {
  return project.transactions
    .filter((t) => t.kind === 'planned')
    .map((t) =>
      el('planned-disbursement', { type: '1' }, [
        el('period-start', { 'iso-date': t.date }),
        value(t.value.amount, t.value.currency, valueDate(t)),
        orgReference(project, 'provider-org', t.providerOrganisationId),
        orgReference(project, 'receiver-org', t.receiverOrganisationId),
      ]),
    );
}

/** committed → 2 Outgoing Commitment, spent → 4 Expenditure. */
function transactions(project: Project): XmlElement[] {
  return project.transactions
    .filter((t) => t.kind !== 'planned')
    .map((t) =>
      el('transaction', { ref: t.id }, [
        el('transaction-type', { code: t.kind === 'committed' ? '2' : '4' }),
        el('transaction-date', { 'iso-date': t.date }),
        value(t.value.amount, t.value.currency, valueDate(t)),
        t.description ? el('description', {}, narratives(t.description)) : undefined,
        orgReference(project, 'provider-org', t.providerOrganisationId),
        orgReference(project, 'receiver-org', t.receiverOrganisationId),
      ]),
    );
}

function documentLinks(project: Project): XmlElement[] {
  return project.documents.flatMap((d) =>
    d.url && d.format
      ? [el('document-link', { url: d.url, format: d.format }, [
          el('title', {}, narratives(d.title)),
          el('category', { code: d.category }),
          ...d.languages.map((code) => el('language', { code })),
          d.date ? el('document-date', { 'iso-date': d.date }) : undefined,
        ])]
      : [],
  );
}

const MEASURE = { unit: '1', percentage: '2', nominal: '3', ordinal: '4', qualitative: '5' } as const;
const RESULT_TYPE = { output: '1', outcome: '2', impact: '3' } as const;

/** Qualitative measures carry their value as a comment only (IATI rules 8.8.3, 8.9.3, 8.10.3). */
function measured(name: string, attrs: Record<string, string | number | undefined>, v: { value?: number; comment?: MultilingualText }, qualitative: boolean): XmlElement {
  return el(name, { ...attrs, value: qualitative ? undefined : v.value }, [v.comment ? el('comment', {}, narratives(v.comment)) : undefined]);
}

function indicator(ind: Indicator): XmlElement {
  const qualitative = ind.measure === 'qualitative';
  return el('indicator', { measure: MEASURE[ind.measure], ascending: ind.ascending }, [
    el('title', {}, narratives(ind.title)),
    ind.description ? el('description', {}, narratives(ind.description)) : undefined,
    ind.baseline ? measured('baseline', { year: ind.baseline.year }, ind.baseline, qualitative) : undefined,
    ...ind.periods.map((p) =>
      el('period', {}, [
        el('period-start', { 'iso-date': p.start }),
        el('period-end', { 'iso-date': p.end }),
        p.target ? measured('target', {}, p.target, qualitative) : undefined,
        p.actual ? measured('actual', {}, p.actual, qualitative) : undefined,
      ]),
    ),
  ]);
}

function result(r: Result): XmlElement {
  return el('result', { type: RESULT_TYPE[r.type] }, [
    el('title', {}, narratives(r.title)),
    r.description ? el('description', {}, narratives(r.description)) : undefined,
    ...r.indicators.map(indicator),
  ]);
}

interface ActivityParts {
  identifier: string;
  hierarchy: 1 | 2;
  title: MultilingualText;
  description: MultilingualText;
  status: ActivityStatus;
  dates: ActivityDates;
  financeAndDocuments: XmlElement[];
  related: XmlElement[];
  results: XmlElement[];
}

function activity(project: Project, options: IatiExportOptions, parts: ActivityParts): XmlElement {
  const reporting = project.reportingOrg ?? options.reportingOrg;
  return el('iati-activity', {
    'last-updated-datetime': options.generatedAt,
    'xml:lang': parts.title.original,
    'default-currency': project.currency,
    hierarchy: parts.hierarchy,
  }, [
    el('iati-identifier', {}, [parts.identifier]),
    el('reporting-org', { ref: reporting.ref, type: reporting.type }, narratives(reporting.name)),
    el('title', {}, narratives(parts.title)),
    el('description', { type: '1' }, narratives(parts.description)),
    ...participatingOrgs(project),
    el('activity-status', { code: parts.status }),
    ...activityDateElements(parts.dates),
    ...recipient(project),
    ...classification(project),
    ...parts.financeAndDocuments,
    ...parts.related,
    ...parts.results,
  ]);
}

/**
 * What keeps a project from being published as schema-valid IATI: every activity (the project and
 * each phase) needs a start date and at least one participating organisation. Such gaps come with
 * projects imported from files that lacked them; the export refuses rather than invent them.
 */
export function iatiExportBlockers(project: Project): { path: string; message: string }[] {
  const blockers: { path: string; message: string }[] = [];
  if (participatingOrgs(project).length === 0) {
    blockers.push({ path: 'participations', message: 'IATI needs at least one participating organisation (e.g. the funding or implementing one)' });
  }
  const hasStart = (dates: ActivityDates) => Boolean(dates.plannedStart || dates.actualStart);
  if (!hasStart(projectDates(project))) {
    blockers.push({ path: 'dates.plannedStart', message: 'IATI needs a planned or actual start date (of the project or of a dated activity)' });
  }
  project.phases.forEach((phase, i) => {
    if (!hasStart(phaseDates(project.phases, phase))) {
      blockers.push({ path: `phases.${i}.dates.plannedStart`, message: `IATI needs a start date for phase "${phase.id}" (its own, or of one of its activities)` });
    }
  });
  return blockers;
}

/** The `iati-activities` tree of the projects: each project followed by its phases. */
export function buildIatiActivities(projects: readonly Project[], options: IatiExportOptions): XmlElement {
  const activities = projects.flatMap((project) => {
    const phases = [...project.phases].sort((a, b) => a.order - b.order);
    const parent = activity(project, options, {
      identifier: project.iatiIdentifier,
      hierarchy: 1,
      title: project.title,
      description: project.purpose,
      status: project.status,
      dates: projectDates(project),
      financeAndDocuments: [...budgets(project), ...plannedDisbursements(project), ...transactions(project), ...documentLinks(project)],
      related: phases.map((p) => el('related-activity', { ref: phaseIdentifier(project, p), type: '2' })),
      results: project.results.map(result),
    });
    const children = phases.map((phase) =>
      activity(project, options, {
        identifier: phaseIdentifier(project, phase),
        hierarchy: 2,
        title: phase.name,
        description: phase.description ?? phase.name,
        status: phaseStatus(project, phase),
        dates: phaseDates(phases, phase),
        financeAndDocuments: [],
        related: [el('related-activity', { ref: project.iatiIdentifier, type: '1' })],
        results: [],
      }),
    );
    return [parent, ...children];
  });
  return el('iati-activities', { version: '2.03', 'generated-datetime': options.generatedAt }, activities);
}

export function exportIatiActivities(projects: readonly Project[], options: IatiExportOptions): string {
  return serializeXml(buildIatiActivities(projects, options));
}
