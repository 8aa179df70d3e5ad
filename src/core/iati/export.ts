// Projects → IATI 2.03 `iati-activities` XML. A project is the parent activity (hierarchy 1) and
// each phase a child activity (hierarchy 2), linked both ways with related-activity. Elements are
// written in the order of the iati-activity xsd:sequence, which the schema enforces.
import { phaseStartBlocker } from '../projects/rules';
import type { ActivityStatus, MultilingualText, Phase, Project, ReportingOrg } from '../projects/model';
import { classification, phaseClassification, recipient } from './export-classifications';
import { activityDateElements, phaseDates, projectDates } from './export-dates';
import type { ActivityDates } from './export-dates';
import { documentLinks } from './export-documents';
import { budgets, plannedDisbursements, transactions } from './export-money';
import { narratives } from './export-narratives';
import { participatingOrgs } from './export-organisations';
import { result } from './export-results';
import { fromVerbatim, inSchemaOrder } from './schema-order';
import { el, serializeXml } from './xml';
import type { XmlElement } from './xml';

export interface IatiExportOptions {
  /** The publisher; a project imported from another publisher keeps its own reporting org. */
  reportingOrg: ReportingOrg;
  /** ISO date-time of this export (the core has no clock). */
  generatedAt: string;
}

const phaseIdentifier = (project: Project, phase: Phase): string => `${project.iatiIdentifier}-P${phase.order}`;

/** A phase's IATI status follows from the gates: decided → closed, not yet opened → pipeline,
 *  after a no-go closure → cancelled, open → the project's status. */
function phaseStatus(project: Project, phase: Phase): ActivityStatus {
  const closedAt = project.phases.find((p) => p.id === project.closure?.phaseId)?.order;
  if (closedAt !== undefined && phase.order > closedAt) return 5;
  if (phase.gate.status !== 'pending') return 4;
  if (phaseStartBlocker(project, phase.id)) return 1;
  return project.status;
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
