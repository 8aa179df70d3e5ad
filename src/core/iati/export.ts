// Projects → IATI 2.03 `iati-activities` XML. A project is the parent activity (hierarchy 1) and
// each phase a child activity (hierarchy 2), linked both ways with related-activity. Elements are
// written in the order of the iati-activity xsd:sequence, which the schema enforces.
import { LANGUAGES } from '../projects/model';
import { phaseStartBlocker } from '../projects/rules';
import { precisionDateBounds } from '../projects/precision-date';
import type { ActivityStatus, Indicator, MultilingualText, OrganisationRef, Phase, Project, ReportingOrg, Result, Transaction } from '../projects/model';
import type { Classification, ResultPartIati, ResultParts, TransactionIati } from '../projects/iati-extension';
import { CLIMATE_MITIGATION_MARKER } from './codelists';
import { mitigationForThemes, sectorsForThemes } from './themes';
import { BASELINE_SEQUENCE, fromVerbatim, INDICATOR_SEQUENCE, inSchemaOrder, MEASURED_SEQUENCE, PERIOD_SEQUENCE, RESULT_SEQUENCE } from './schema-order';
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

/** Narratives in every language held, the original first (in the language it was published in),
 *  then the languages the platform does not translate, each with its xml:lang. */
export function narratives(text: MultilingualText): XmlElement[] {
  const order = [text.original, ...LANGUAGES.filter((l) => l !== text.original)];
  const held = order.flatMap((lang) => {
    const value = text[lang];
    const written = lang === text.original ? (text.sourceLanguage ?? lang) : lang;
    return value === undefined ? [] : [el('narrative', { 'xml:lang': written }, [value])];
  });
  const other = Object.entries(text.other ?? {}).map(([lang, value]) => el('narrative', { 'xml:lang': lang }, [value]));
  return [...held, ...other];
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
    ['1', dates.plannedStart],
    ['2', dates.actualStart],
    ['3', dates.plannedEnd],
    ['4', dates.actualEnd],
  ];
  return typed.flatMap(([type, iso]) => (iso ? [el('activity-date', { type, 'iso-date': iso })] : []));
}

function participatingOrgs(project: Project): XmlElement[] {
  const byId = new Map(project.organisations.map((o) => [o.id, o]));
  const fundedBy = project.iati?.fundedBy;
  return project.participations.flatMap((p) => {
    const org = byId.get(p.organisationId);
    const own = project.iati?.participations?.[p.id];
    // The funder's activity this project implements is the funding organisation's activity-id.
    const funderActivity = p.role === 1 && fundedBy && (fundedBy.organisationId ?? p.organisationId) === p.organisationId ? fundedBy.activityId : undefined;
    return org
      ? [
          el(
            'participating-org',
            {
              ref: org.iatiRef,
              role: p.role,
              type: org.iatiType,
              'activity-id': own?.activityId ?? funderActivity,
              'crs-channel-code': own?.crsChannelCode,
            },
            narratives(org.name),
          ),
        ]
      : [];
  });
}

/** Narratives of a classification as published (language → text). */
const publishedNarratives = (texts: Readonly<Record<string, string>> | undefined): XmlElement[] =>
  Object.entries(texts ?? {}).map(([lang, text]) => el('narrative', { 'xml:lang': lang }, [text]));

const coded = (name: string, c: Classification): XmlElement =>
  el(name, { vocabulary: c.vocabulary, 'vocabulary-uri': c.vocabularyUri, code: c.code, percentage: c.percentage }, publishedNarratives(c.narratives));

/** Sectors and policy markers as published, or (for the platform's own projects) from the themes. */
function classification(project: Project): XmlElement[] {
  const iati = project.iati;
  const sectors = iati?.sectors
    ? iati.sectors.map((s) => coded('sector', s))
    : sectorsForThemes(project.themes).map((s) => el('sector', { vocabulary: '1', code: s.code, percentage: s.percentage }));
  const significance = mitigationForThemes(project.themes);
  const markers = iati?.policyMarkers
    ? iati.policyMarkers.map((m) =>
        el(
          'policy-marker',
          { vocabulary: m.vocabulary, 'vocabulary-uri': m.vocabularyUri, code: m.code, significance: m.significance },
          publishedNarratives(m.narratives),
        ),
      )
    : significance === undefined
      ? []
      : [el('policy-marker', { vocabulary: CLIMATE_MITIGATION_MARKER.vocabulary, code: CLIMATE_MITIGATION_MARKER.code, significance })];
  const single = (name: string, code: string | undefined) => (code === undefined ? [] : [el(name, { code })]);
  return [
    ...(iati?.recipientRegions ?? []).map((r) => coded('recipient-region', r)),
    ...sectors,
    ...(iati?.tags ?? []).map((t) => coded('tag', t)),
    ...markers,
    ...single('collaboration-type', iati?.collaborationType),
    ...single('default-flow-type', iati?.defaultFlowType),
    ...single('default-finance-type', iati?.defaultFinanceType),
    ...(iati?.defaultAidTypes ?? []).map((a) => el('default-aid-type', { code: a.code, vocabulary: a.vocabulary })),
    ...single('default-tied-status', iati?.defaultTiedStatus),
    ...(iati?.capitalSpend === undefined ? [] : [el('capital-spend', { percentage: iati.capitalSpend })]),
  ];
}

/** A phase shares its project's countries, regions, sectors and policy markers. */
const PHASE_SHARED = new Set(['recipient-region', 'sector', 'policy-marker']);
const phaseClassification = (project: Project): XmlElement[] => [...recipient(project), ...classification(project).filter((e) => PHASE_SHARED.has(e.name))];

/** Recipient countries as published (with percentages), else the project's country; the
 *  project's place as location unless the publisher's locations are kept verbatim. */
function recipient(project: Project): XmlElement[] {
  const location = project.location;
  const published = project.iati?.recipientCountries;
  const countries = published
    ? published.map((c) => el('recipient-country', { code: c.code, percentage: c.percentage }, publishedNarratives(c.narratives)))
    : location
      ? [el('recipient-country', { code: location.countryCode })]
      : [];
  // The district (most precise) is the location's name; the region it lies in its description.
  const name = location?.district ?? location?.region;
  const within = location?.district ? location.region : undefined;
  const place =
    name && !project.iati?.verbatim?.some((v) => v.name === 'location')
      ? [
          el('location', { ref: `${project.iatiIdentifier}-LOC` }, [
            el('name', {}, narratives(name)),
            within ? el('description', {}, narratives(within)) : undefined,
          ]),
        ]
      : [];
  return [...countries, ...place];
}

const value = (amount: number, currency: string, valueDate: string): XmlElement => el('value', { currency, 'value-date': valueDate }, [String(amount)]);

function budgets(project: Project): XmlElement[] {
  return project.budgetLines.flatMap((line) => {
    const own = project.iati?.budgets?.[line.id];
    return line.period
      ? [
          el('budget', { type: own?.type ?? '1', status: line.status === 'committed' ? '2' : '1' }, [
            el('period-start', { 'iso-date': line.period.start }),
            el('period-end', { 'iso-date': line.period.end }),
            value(line.value.amount, line.value.currency, own?.valueDate ?? line.period.start),
          ]),
        ]
      : [];
  });
}

type Party = 'provider' | 'receiver';

function orgReference(project: Project, party: Party, orgId: string | undefined, activityId: string | undefined): XmlElement | undefined {
  const org: OrganisationRef | undefined = project.organisations.find((o) => o.id === orgId);
  return org ? el(`${party}-org`, { ref: org.iatiRef, [`${party}-activity-id`]: activityId, type: org.iatiType }, narratives(org.name)) : undefined;
}

/** The currency conversion date of a transaction: as published, else the date of its stated
 *  exchange rate, else its own date. */
const valueDate = (t: Transaction, own: TransactionIati | undefined): string => own?.valueDate ?? t.exchangeRate?.date ?? t.date;

function plannedDisbursements(project: Project): XmlElement[] {
  return project.transactions
    .filter((t) => t.kind === 'planned')
    .map((t) => {
      const own = project.iati?.transactions?.[t.id];
      return el('planned-disbursement', { type: own?.type ?? '1' }, [
        el('period-start', { 'iso-date': t.date }),
        own?.periodEnd ? el('period-end', { 'iso-date': own.periodEnd }) : undefined,
        value(t.value.amount, t.value.currency, valueDate(t, own)),
        orgReference(project, 'provider', t.providerOrganisationId, own?.providerActivityId),
        orgReference(project, 'receiver', t.receiverOrganisationId, own?.receiverActivityId),
      ]);
    });
}

/** Incoming transaction types: their provider is the funder whose activity this project implements. */
const INCOMING = new Set(['1', '11', '13']);

/** The IATI type as published; the platform's own: committed → 2 Outgoing Commitment, spent → 4 Expenditure. */
function transactions(project: Project): XmlElement[] {
  const fundedBy = project.iati?.fundedBy;
  return project.transactions
    .filter((t) => t.kind !== 'planned')
    .map((t) => {
      const own = project.iati?.transactions?.[t.id];
      const type = own?.type ?? (t.kind === 'committed' ? '2' : '4');
      const fromFunder = fundedBy && INCOMING.has(type) && (fundedBy.organisationId === undefined || fundedBy.organisationId === t.providerOrganisationId);
      return el('transaction', { ref: t.id, ...own?.attributes }, [
        el('transaction-type', { code: type }),
        el('transaction-date', { 'iso-date': t.date }),
        value(t.value.amount, t.value.currency, valueDate(t, own)),
        t.description ? el('description', {}, narratives(t.description)) : undefined,
        orgReference(project, 'provider', t.providerOrganisationId, own?.providerActivityId ?? (fromFunder ? fundedBy.activityId : undefined)),
        orgReference(project, 'receiver', t.receiverOrganisationId, own?.receiverActivityId),
        ...(own?.extra ?? []).map(fromVerbatim),
      ]);
    });
}

function documentLinks(project: Project): XmlElement[] {
  return project.documents.flatMap((d) =>
    d.url && d.format
      ? [
          el('document-link', { url: d.url, format: d.format }, [
            el('title', {}, narratives(d.title)),
            el('category', { code: d.category }),
            ...d.languages.map((code) => el('language', { code })),
            d.date ? el('document-date', { 'iso-date': d.date }) : undefined,
          ]),
        ]
      : [],
  );
}

const MEASURE = { unit: '1', percentage: '2', nominal: '3', ordinal: '4', qualitative: '5' } as const;
const RESULT_TYPE = { output: '1', outcome: '2', impact: '3' } as const;

/** An element of a result with what its publisher said beyond the model, in schema order. */
function resultPart(
  name: string,
  attrs: Record<string, string | number | boolean | undefined>,
  children: Array<XmlElement | undefined>,
  own: ResultPartIati | undefined,
  sequence: readonly string[],
): XmlElement {
  const all = [...children.filter((c) => c !== undefined), ...(own?.extra ?? []).map(fromVerbatim)];
  return el(name, { ...attrs, ...own?.attributes }, inSchemaOrder(all, sequence));
}

/** Qualitative measures carry their value as a comment only (IATI rules 8.8.3, 8.9.3, 8.10.3). */
function measured(
  name: string,
  attrs: Record<string, string | number | undefined>,
  v: { value?: number; comment?: MultilingualText },
  qualitative: boolean,
  own: ResultPartIati | undefined,
): XmlElement {
  const sequence = name === 'baseline' ? BASELINE_SEQUENCE : MEASURED_SEQUENCE;
  return resultPart(
    name,
    { ...attrs, value: qualitative ? undefined : v.value },
    [v.comment ? el('comment', {}, narratives(v.comment)) : undefined],
    own,
    sequence,
  );
}

function indicator(ind: Indicator, parts: ResultParts): XmlElement {
  const qualitative = ind.measure === 'qualitative';
  return resultPart(
    'indicator',
    { measure: MEASURE[ind.measure], ascending: ind.ascending },
    [
      el('title', {}, narratives(ind.title)),
      ind.description ? el('description', {}, narratives(ind.description)) : undefined,
      ind.baseline ? measured('baseline', { year: ind.baseline.year }, ind.baseline, qualitative, parts[`${ind.id}/baseline`]) : undefined,
      ...ind.periods.map((p) =>
        resultPart(
          'period',
          {},
          [
            el('period-start', { 'iso-date': p.start }),
            el('period-end', { 'iso-date': p.end }),
            p.target ? measured('target', {}, p.target, qualitative, parts[`${p.id}/target`]) : undefined,
            p.actual ? measured('actual', {}, p.actual, qualitative, parts[`${p.id}/actual`]) : undefined,
          ],
          parts[p.id],
          PERIOD_SEQUENCE,
        ),
      ),
    ],
    parts[ind.id],
    INDICATOR_SEQUENCE,
  );
}

function result(r: Result, parts: ResultParts): XmlElement {
  return resultPart(
    'result',
    { type: RESULT_TYPE[r.type] },
    [
      el('title', {}, narratives(r.title)),
      r.description ? el('description', {}, narratives(r.description)) : undefined,
      ...r.indicators.map((i) => indicator(i, parts)),
    ],
    parts[r.id],
    RESULT_SEQUENCE,
  );
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
  const published = parts.hierarchy === 1 ? project.iati : undefined;
  return el(
    'iati-activity',
    {
      'last-updated-datetime': options.generatedAt,
      'xml:lang': parts.title.sourceLanguage ?? parts.title.original,
      'default-currency': project.currency,
      hierarchy: parts.hierarchy,
      ...published?.attributes,
    },
    inSchemaOrder([
      el('iati-identifier', {}, [parts.identifier]),
      el('reporting-org', { ref: reporting.ref, type: reporting.type }, narratives(reporting.name)),
      el('title', {}, narratives(parts.title)),
      el('description', { type: '1' }, narratives(parts.description)),
      ...participatingOrgs(project),
      el('activity-status', { code: parts.status }),
      ...activityDateElements(parts.dates),
      ...(parts.hierarchy === 1 ? [...recipient(project), ...classification(project)] : phaseClassification(project)),
      ...parts.financeAndDocuments,
      ...parts.related,
      ...parts.results,
      ...(published?.verbatim ?? []).map(fromVerbatim),
    ]),
  );
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
      blockers.push({
        path: `phases.${i}.dates.plannedStart`,
        message: `IATI needs a start date for phase "${phase.id}" (its own, or of one of its activities)`,
      });
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
      related: [
        ...phases.map((p) => el('related-activity', { ref: phaseIdentifier(project, p), type: '2' })),
        ...(project.iati?.relatedActivities ?? []).map((r) => el('related-activity', { ref: r.ref, type: r.type })),
      ],
      results: project.results.map((r) => result(r, project.iati?.resultParts ?? {})),
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
