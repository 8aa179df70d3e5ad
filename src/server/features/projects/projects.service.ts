// Cooperation projects: the rules of src/core/projects applied to stored projects. Every write
// runs in one transaction with its audit entry; the project row is locked while it is changed.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  ActivityInput, ActivityUpdate, DeliverableInput, DeliveredInput, DocumentUploadInput, GateDecisionInput, IatiImportPreview, IndicatorPeriodInput,
  ProjectListQuery, ProjectPublicSummary, ProjectSummary, ProjectView,
} from '../../../core/projects/api';
import { publicSummaryOf } from '../../../core/projects/api';
import { exportIatiActivities } from '../../../core/iati/export';
import { selectExportable } from '../../../core/iati/export-selection';
import { exportIatiOrganisation } from '../../../core/iati/organisation';
import type { LeftOutProject } from '../../../core/iati/export-selection';
import { importIatiActivities, XmlSyntaxError } from '../../../core/iati/import';
import { checkDocumentFile } from '../../../shared/document-files';
import { type Indicator, type Language, type Project, projectSchema, type ReportingOrg } from '../../../core/projects/model';
import { decideGate, gateViolations, nextPendingGate, overdueDeliverables, phaseStartBlocker } from '../../../core/projects/rules';
import { type Actor, actorLabel, seesConfidential, type Viewer } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { ErrorCode, issueFromZod } from '../../../shared/api/errors';
import { conflict, DomainError, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { validateIatiFile } from '../../iati/validate-file';
import { renderProjectCalendar } from './projects.calendar';
import { renderProjectReport } from './projects.report';
import * as repo from './projects.repository';


/**
 * Why an activity of a phase may not start, or a gate not be decided, as a refusal with its own
 * code (the rule's English wording stays the message): the project is closed, a gate is already
 * decided, the previous gate is not go, or the activity is dated before that go.
 */
function phaseRefusal(project: Project, phaseId: string, message: string, activity?: { id: string }): DomainError {
  const phases = [...project.phases].sort((a, b) => a.order - b.order);
  const index = phases.findIndex((p) => p.id === phaseId);
  // The phase by its name as written (an id would mean nothing to the reader).
  const named = (phase: (typeof phases)[number] | undefined, id: string): string => (phase ? (phase.name[phase.name.original] ?? id) : id);
  if (!activity && phases[index] && phases[index].gate.status !== 'pending') return conflict(ErrorCode.gateAlreadyDecided, message, { phase: named(phases[index], phaseId) });
  if (project.closure) return conflict(ErrorCode.projectClosed, message, { project: project.id });
  const previous = phases[index - 1];
  if (previous && previous.gate.status !== 'go') return conflict(ErrorCode.gateNotPassed, message, { phase: named(previous, previous.id) });
  const opened = previous?.gate;
  if (activity && opened?.decidedAt) return conflict(ErrorCode.activityBeforeGo, message, { activity: activity.id, go: opened.decidedAt });
  return conflict(ErrorCode.gateNotPassed, message, { phase: named(phases[index], phaseId) });
}
export const todayOf = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

type Extras = { createdAt: string; updatedAt: string; revision: number; documentFiles: ProjectView['documentFiles'] };

/** Removes what the viewer may not see: budgets, transactions and the uploaded files are confidential
 *  (documents keep their titles, so deliverables and agreements still name their evidence). */
function viewFor(viewer: Viewer, project: Project, extras: Extras): ProjectView {
  if (seesConfidential(viewer)) return { ...project, ...extras };
  const { budgetLines: _b, transactions: _t, ...rest } = project;
  return { ...rest, ...extras, documentFiles: [] };
}

/** The organisation that leads: accountable (IATI role 2) first, then funding (1). */
function leadOrganisation(project: Project): Project['title'] | null {
  const lead = [2, 1].flatMap((role) => project.participations.filter((p) => p.role === role))[0];
  return project.organisations.find((o) => o.id === lead?.organisationId)?.name ?? null;
}

/** Every problem of a project as 400 issues, each naming its field. */
function validated(value: unknown, prefix = ''): Project {
  const parsed = projectSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalid(
    parsed.error.issues.map((i) => {
      const issue = issueFromZod(i, prefix ? [prefix] : []);
      return { ...issue, path: issue.path || '(root)' };
    }),
  );
}

export function summarise(project: Project, today: string, updatedAt: string): ProjectSummary {
  const gate = nextPendingGate(project);
  return {
    id: project.id,
    iatiIdentifier: project.iatiIdentifier,
    title: project.title,
    status: project.status,
    themes: project.themes,
    closed: project.closure !== undefined,
    leadOrganisation: leadOrganisation(project),
    dates: project.dates,
    nextPendingGate: gate ? { phaseId: gate.id, order: gate.order, name: gate.name } : null,
    overdueDeliverableCount: overdueDeliverables(project, today).length,
    phaseCount: project.phases.length,
    activityCount: project.phases.reduce((n, p) => n + p.activities.length, 0),
    updatedAt,
  };
}

export async function listProjects(db: Db, query: z.output<typeof ProjectListQuery>, today = todayOf()) {
  const projects = await repo.loadProjects(db);
  const stamps = await repo.projectStamps(db);
  const items = projects
    .filter((p) => query.status === undefined || p.status === query.status)
    .filter((p) => query.missingLanguage === undefined || p.title[query.missingLanguage] === undefined || p.purpose[query.missingLanguage] === undefined)
    .map((p) => summarise(p, today, stamps.get(p.id)?.updatedAt ?? ''));
  return { items, total: items.length };
}

async function mustLoad(db: DbOrTx, id: string, lock = false): Promise<Project> {
  const project = await repo.loadProject(db, id, { lock });
  if (!project) throw notFound('Project', id);
  return project;
}

/** The whole project (for reports, calendars, exports): confidential parts only for those who may see them. */
export async function loadProjectFor(db: Db, viewer: Viewer, id: string): Promise<Project> {
  const project = await mustLoad(db, id);
  return seesConfidential(viewer) ? project : { ...project, budgetLines: [], transactions: [] };
}

export async function getProject(db: DbOrTx, viewer: Viewer, id: string): Promise<ProjectView> {
  const project = await mustLoad(db, id);
  const stamps = (await repo.projectStamps(db, id)).get(id)!;
  return viewFor(viewer, project, { ...stamps, documentFiles: await repo.documentFiles(db, id) });
}

/** What anyone, signed in or not, may read of a project: no budgets, people, documents or notes. */
export async function getPublicSummary(db: DbOrTx, id: string): Promise<ProjectPublicSummary> {
  const project = await mustLoad(db, id);
  const stamps = (await repo.projectStamps(db, id)).get(id)!;
  return publicSummaryOf(project, stamps.updatedAt);
}

export async function createProject(db: Db, actor: Actor, input: unknown): Promise<ProjectView> {
  const project = validated(input);
  return db.transaction((tx) => insertProject(tx, actor, project));
}

/**
 * Creates a project inside the caller's transaction (checked, audited), for a use case that writes
 * more in the same transaction (a lead turned into a project); problems are reported under `prefix`.
 */
export async function createProjectIn(tx: DbOrTx, actor: Actor, input: unknown, prefix: string): Promise<ProjectView> {
  return insertProject(tx, actor, validated(input, prefix));
}

async function insertProject(tx: DbOrTx, actor: Actor, project: Project): Promise<ProjectView> {
  await insertChecked(tx, project);
  await recordAudit(tx, actor, { entityType: 'project', entityId: project.id, action: 'create', after: project });
  return getProject(tx, actor, project.id);
}

async function insertChecked(tx: DbOrTx, project: Project): Promise<void> {
  if (await repo.projectExists(tx, project.id)) throw conflict(ErrorCode.alreadyExists, `A project with id "${project.id}" already exists`, { id: project.id });
  const other = await repo.findProjectIdByIatiIdentifier(tx, project.iatiIdentifier);
  if (other) throw conflict(ErrorCode.iatiIdentifierTaken, `Project "${other}" already has the IATI identifier "${project.iatiIdentifier}"`, { project: other, identifier: project.iatiIdentifier });
  try {
    await repo.insertProject(tx, project);
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.alreadyExists, `Project "${project.id}" already exists`, { id: project.id });
    throw error;
  }
}

/** Replaces a whole project (programme managers, who see and send budgets and transactions too),
 *  unless it changed since `revision` was read: then nobody's change is silently overwritten. */
export async function updateProject(db: Db, actor: Actor, id: string, input: unknown, revision: number): Promise<ProjectView> {
  const given = validated(input);
  if (given.id !== id) throw invalid([{ path: 'id', message: `must be "${id}", the project in the address` }]);
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const current = (await repo.projectStamps(tx, id)).get(id)!.revision;
    if (current !== revision) {
      throw new DomainError(
        ErrorCode.stale,
        409,
        `Project ${id} was changed by someone else since you opened it (revision ${revision}, now ${current}); reload it and make your change again`,
      );
    }
    const other = await repo.findProjectIdByIatiIdentifier(tx, given.iatiIdentifier);
    if (other && other !== id) throw conflict(ErrorCode.iatiIdentifierTaken, `Project "${other}" already has the IATI identifier "${given.iatiIdentifier}"`, { project: other, identifier: given.iatiIdentifier });
    await repo.replaceProject(tx, given);
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'update', before, after: given });
    return getProject(tx, actor, id);
  });
}

export async function deleteProject(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    await repo.deleteProject(tx, id);
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'delete', before });
  });
}

/** Records a gate decision; a no-go closes the project with the rationale as its reason. */
export async function recordGateDecision(
  db: Db,
  actor: Actor,
  id: string,
  phaseId: string,
  input: z.output<typeof GateDecisionInput>,
  today = todayOf(),
): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    if (!before.phases.some((p) => p.id === phaseId)) throw notFound('Phase', phaseId);
    const outcome = decideGate(before, phaseId, {
      status: input.status,
      decidedBy: input.decidedBy ?? actorLabel(actor),
      decidedAt: input.decidedAt ?? today,
      rationale: input.rationale,
    });
    if (!outcome.ok) throw phaseRefusal(before, phaseId, `Cannot decide the gate of phase ${phaseId}: ${outcome.reason}`);
    const after = outcome.project;
    const phase = after.phases.find((p) => p.id === phaseId)!;
    await repo.updatePhase(tx, id, phase);
    await repo.updateProjectStatus(tx, after);
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: id,
      action: `gate-${input.status}`,
      before: { phaseId, gate: before.phases.find((p) => p.id === phaseId)?.gate, status: before.status },
      after: { phaseId, gate: phase.gate, status: after.status, closure: after.closure },
    });
    return getProject(tx, actor, id);
  });
}

/** Adds an activity (no `existingId`) or replaces one, possibly moving it to another phase.
 *  Refused (409) when it is under way or done, or dated before the go, while its phase may not start. */
export async function saveActivity(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ActivityInput> | (z.output<typeof ActivityUpdate> & { id?: undefined }),
  existingId?: string,
): Promise<ProjectView> {
  const { phaseId, ...fields } = input;
  const activity = { ...fields, id: existingId ?? (input as z.output<typeof ActivityInput>).id };
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const targetPhase = before.phases.find((p) => p.id === phaseId);
    if (!targetPhase) throw invalid([{ path: 'phaseId', message: `phase "${phaseId}" is not part of project ${id}` }]);
    const previous = before.phases.flatMap((p) => p.activities.map((a) => ({ phase: p, activity: a }))).find((x) => x.activity.id === activity.id);
    if (existingId && !previous) throw notFound('Activity', existingId);
    if (!existingId && previous) throw conflict(ErrorCode.activityExists, `Activity "${activity.id}" already exists in phase ${previous.phase.id}`, { activity: activity.id, phase: previous.phase.id });
    const phases = before.phases.map((p) => {
      const others = p.activities.filter((a) => a.id !== activity.id);
      if (p.id !== phaseId) return { ...p, activities: others };
      const index = p.activities.findIndex((a) => a.id === activity.id);
      const activities = index >= 0 ? p.activities.map((a) => (a.id === activity.id ? activity : a)) : [...others, activity];
      return { ...p, activities };
    });
    const after = validated({ ...before, phases });
    const active = (a: { status: string }) => a.status === 'in-progress' || a.status === 'done';
    if (after.closure && active(activity) && !(previous && active(previous.activity))) {
      throw phaseRefusal(after, phaseId, `Activity ${activity.id} cannot start: ${phaseStartBlocker(after, phaseId) ?? `project ${id} is closed`}`);
    }
    const violation = gateViolations(after).find((v) => v.activityId === activity.id);
    if (violation) throw phaseRefusal(after, phaseId, `Activity ${activity.id} cannot be ${activity.status} in phase ${phaseId}: ${violation.reason}`, activity);
    const phase = after.phases.find((p) => p.id === phaseId)!;
    const position = phase.activities.findIndex((a) => a.id === activity.id);
    const saved = phase.activities[position]!;
    if (previous && previous.phase.id !== phaseId) {
      // Moved: positions of both phases change; rewrite the whole project.
      await repo.replaceProject(tx, after);
    } else {
      await repo.saveActivity(tx, id, phaseId, saved, position);
      await repo.touchProject(tx, id);
    }
    await recordAudit(tx, actor, {
      entityType: 'project-activity',
      entityId: `${id}/${activity.id}`,
      action: previous ? 'update' : 'create',
      before: previous?.activity,
      after: saved,
    });
    return getProject(tx, actor, id);
  });
}

/** Marks a deliverable delivered with the evidence that shows it. */
export async function markDelivered(
  db: Db,
  actor: Actor,
  id: string,
  deliverableId: string,
  input: z.output<typeof DeliveredInput>,
): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const found = locateDeliverable(before, deliverableId);
    if (!found) throw notFound('Deliverable', deliverableId);
    if (found.deliverable.status === 'cancelled') throw conflict(ErrorCode.deliverableCancelled, `Deliverable ${deliverableId} is cancelled`, { deliverable: deliverableId });
    const known = new Set(before.documents.map((d) => d.id));
    const unknown = input.evidence.flatMap((e, i) =>
      e.documentId && !known.has(e.documentId)
        ? [{ path: `evidence.${i}.documentId`, message: `document "${e.documentId}" is not part of project ${id}` }]
        : [],
    );
    if (unknown.length > 0) throw invalid(unknown);
    const start = found.deliverable.evidence.length;
    const evidence = [
      ...found.deliverable.evidence,
      ...input.evidence.map((e, i) => ({ id: `${deliverableId}-evidence-${start + i + 1}`, ...e })),
    ];
    const after = { ...found.deliverable, status: 'delivered' as const, evidence };
    const ids = new Set(before.phases.flatMap((p) => p.activities.flatMap((a) => a.deliverables.flatMap((d) => [d.id, ...d.evidence.map((e) => e.id)]))));
    if (evidence.slice(start).some((e) => ids.has(e.id))) throw conflict(ErrorCode.tryAgain, 'Evidence ids collide; try again');
    await repo.updateDeliverable(tx, id, found.activity.id, after, found.position);
    await repo.touchProject(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'project-deliverable',
      entityId: `${id}/${deliverableId}`,
      action: 'delivered',
      before: found.deliverable,
      after,
    });
    return getProject(tx, actor, id);
  });
}

/** Records the measured value of an indicator for one of its periods. */
export async function recordIndicatorActual(
  db: Db,
  actor: Actor,
  id: string,
  indicatorId: string,
  periodId: string,
  actual: { value?: number; comment?: Project['title'] },
): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const found = locateIndicator(before, indicatorId);
    if (!found) throw notFound('Indicator', indicatorId);
    if (!found.indicator.periods.some((p) => p.id === periodId)) throw notFound('Period', periodId);
    requireValue(found.indicator, actual, 'value');
    const after = { ...found.indicator, periods: found.indicator.periods.map((p) => (p.id === periodId ? { ...p, actual } : p)) };
    await repo.updateIndicator(tx, id, found.result.id, after, found.position);
    await repo.touchProject(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'project-indicator',
      entityId: `${id}/${indicatorId}`,
      action: 'actual',
      before: found.indicator.periods.find((p) => p.id === periodId),
      after: after.periods.find((p) => p.id === periodId),
    });
    return getProject(tx, actor, id);
  });
}

/** Where a deliverable sits: its activity and its position among the activity's deliverables. */
function locateDeliverable(project: Project, deliverableId: string) {
  return project.phases
    .flatMap((p) => p.activities)
    .flatMap((activity) => activity.deliverables.map((deliverable, position) => ({ activity, deliverable, position })))
    .find((x) => x.deliverable.id === deliverableId);
}

/** Where an indicator sits: its result and its position among the result's indicators. */
function locateIndicator(project: Project, indicatorId: string) {
  return project.results
    .flatMap((result) => result.indicators.map((indicator, position) => ({ result, indicator, position })))
    .find((x) => x.indicator.id === indicatorId);
}

/** Only qualitative indicators are measured by a comment alone; the others need a number. */
function requireValue(indicator: Indicator, measured: { value?: number }, path: string): void {
  if (indicator.measure !== 'qualitative' && measured.value === undefined) {
    throw invalid([{ path, message: `indicator ${indicator.id} is measured as ${indicator.measure}: give a value` }]);
  }
}

/** Rewrites one activity's row with its deliverables, at its place in its phase. */
async function writeActivity(tx: DbOrTx, project: Project, activityId: string): Promise<void> {
  for (const phase of project.phases) {
    const position = phase.activities.findIndex((a) => a.id === activityId);
    if (position >= 0) return repo.saveActivity(tx, project.id, phase.id, phase.activities[position]!, position);
  }
}

/**
 * Adds a deliverable to an activity (no `existingId`) or replaces one, possibly moving it to an
 * activity of another phase. Its evidence is kept; "delivered" needs evidence, so it is only set
 * by markDelivered.
 */
export async function saveDeliverable(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof DeliverableInput>,
  existingId?: string,
): Promise<ProjectView> {
  const { activityId, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const previous = existingId === undefined ? undefined : locateDeliverable(before, existingId);
    if (existingId !== undefined && !previous) throw notFound('Deliverable', existingId);
    const problems = [
      ...(before.phases.some((p) => p.activities.some((a) => a.id === activityId))
        ? []
        : [{ path: 'activityId', message: `activity "${activityId}" is not part of project ${id}` }]),
      ...(fields.ownerOrganisationId === undefined || before.organisations.some((o) => o.id === fields.ownerOrganisationId)
        ? []
        : [{ path: 'ownerOrganisationId', message: `organisation "${fields.ownerOrganisationId}" is not part of project ${id}` }]),
      ...(fields.status === 'delivered' && previous?.deliverable.status !== 'delivered'
        ? [{ path: 'status', message: 'a deliverable becomes delivered with its evidence (…/deliverables/:deliverableId/delivered)' }]
        : []),
    ];
    if (problems.length > 0) throw invalid(problems);
    const deliverable = { ...fields, id: existingId ?? `${id}-deliverable-${randomUUID().slice(0, 8)}`, evidence: previous?.deliverable.evidence ?? [] };
    const phases = before.phases.map((p) => ({
      ...p,
      activities: p.activities.map((a) => {
        if (a.id === activityId && previous?.activity.id === activityId) {
          return { ...a, deliverables: a.deliverables.map((d) => (d.id === deliverable.id ? deliverable : d)) };
        }
        const others = a.deliverables.filter((d) => d.id !== deliverable.id);
        return a.id === activityId ? { ...a, deliverables: [...others, deliverable] } : { ...a, deliverables: others };
      }),
    }));
    const after = validated({ ...before, phases });
    // The activity it leaves first: its row must be gone before the other activity inserts it.
    for (const changed of new Set([previous?.activity.id, activityId])) if (changed) await writeActivity(tx, after, changed);
    await repo.touchProject(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'project-deliverable',
      entityId: `${id}/${deliverable.id}`,
      action: previous ? 'update' : 'create',
      before: previous && { activityId: previous.activity.id, ...previous.deliverable },
      after: { activityId, ...deliverable },
    });
    return getProject(tx, actor, id);
  });
}

/** Adds a reporting period with its target to an indicator, or replaces one (its actual is kept). */
export async function saveIndicatorPeriod(
  db: Db,
  actor: Actor,
  id: string,
  indicatorId: string,
  input: z.output<typeof IndicatorPeriodInput>,
  existingPeriodId?: string,
): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const found = locateIndicator(before, indicatorId);
    if (!found) throw notFound('Indicator', indicatorId);
    const previous = existingPeriodId === undefined ? undefined : found.indicator.periods.find((p) => p.id === existingPeriodId);
    if (existingPeriodId !== undefined && !previous) throw notFound('Period', existingPeriodId);
    if (input.target) requireValue(found.indicator, input.target, 'target.value');
    const period = {
      id: existingPeriodId ?? `${indicatorId}-period-${randomUUID().slice(0, 8)}`,
      start: input.start,
      end: input.end,
      ...(input.target ? { target: input.target } : {}),
      ...(previous?.actual ? { actual: previous.actual } : {}),
    };
    const periods = previous ? found.indicator.periods.map((p) => (p.id === period.id ? period : p)) : [...found.indicator.periods, period];
    const after = { ...found.indicator, periods };
    validated({ ...before, results: before.results.map((r) => (r.id === found.result.id ? { ...r, indicators: r.indicators.map((i) => (i.id === indicatorId ? after : i)) } : r)) });
    await repo.updateIndicator(tx, id, found.result.id, after, found.position);
    await repo.touchProject(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'project-indicator',
      entityId: `${id}/${indicatorId}`,
      action: previous ? 'period-update' : 'period-create',
      before: previous,
      after: period,
    });
    return getProject(tx, actor, id);
  });
}

// ---------------------------------------------------------------------------------------------
// Documents

/** Stores an uploaded document: its metadata joins the project's documents, its file the database. */
export async function uploadDocument(db: Db, actor: Actor, id: string, input: z.output<typeof DocumentUploadInput>): Promise<ProjectView> {
  const content = Buffer.from(input.contentBase64, 'base64');
  const checked = checkDocumentFile(input.filename, content);
  if (!checked.ok) throw invalid([{ path: 'contentBase64', message: `${input.filename}: ${checked.reason}` }]);
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const document = {
      id: `${id}-document-${randomUUID().slice(0, 8)}`,
      title: input.title,
      format: checked.mediaType,
      category: input.category,
      languages: input.languages,
      ...(input.date ? { date: input.date } : {}),
    };
    const after = validated({ ...before, documents: [...before.documents, document] });
    const file = { documentId: document.id, filename: input.filename, mediaType: checked.mediaType, size: content.length };
    await repo.insertDocumentFile(tx, id, after.documents, { ...file, content });
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'document-upload', after: { document, file } });
    return getProject(tx, actor, id);
  });
}

/** Deletes a document and its stored file; refused (409) while a deliverable cites it as evidence. */
export async function deleteDocument(db: Db, actor: Actor, id: string, documentId: string): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const document = before.documents.find((d) => d.id === documentId);
    if (!document) throw notFound('Document', documentId);
    const citing = before.phases
      .flatMap((p) => p.activities.flatMap((a) => a.deliverables))
      .filter((d) => d.evidence.some((e) => e.documentId === documentId));
    if (citing.length > 0) {
      throw conflict(ErrorCode.documentIsEvidence, `Document ${documentId} is the evidence of deliverable ${citing.map((d) => d.id).join(', ')}; it cannot be deleted`, { deliverables: citing.map((d) => d.id) });
    }
    const file = (await repo.documentFiles(tx, id)).find((f) => f.documentId === documentId);
    await repo.removeDocument(tx, id, before.documents.filter((d) => d.id !== documentId), documentId);
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'document-delete', before: { document, file } });
    return getProject(tx, actor, id);
  });
}

/** The stored file of a project document (signed-in readers of the project). */
export async function documentFile(db: Db, id: string, documentId: string) {
  const file = await repo.documentFile(db, id, documentId);
  if (!file) throw notFound('Document file', `${id}/${documentId}`);
  return file;
}

// ---------------------------------------------------------------------------------------------
// IATI

/** An IATI export: the file, the projects in it and the ones left out with their reasons. */
export interface IatiExport {
  xml: string;
  exported: { id: string; iatiIdentifier: string }[];
  leftOut: LeftOutProject[];
}

const reasonsOf = (leftOut: readonly LeftOutProject[]) =>
  leftOut.flatMap((p) => p.reasons.map((r) => ({ path: `${p.id}.${r.path}`, message: r.message })));

/** IATI 2.03 XML of the given projects (all without ids), published by `reportingOrg` (projects
 *  imported from another publisher keep theirs). A project IATI cannot carry is left out with its
 *  reasons and the others are exported; `strict` refuses the export instead. An export of nothing
 *  is refused (400 nothing_to_export), never written as an empty, schema-invalid file. Budgets
 *  and transactions are included: callers must be allowed to see them. */
export async function exportIati(
  db: DbOrTx, reportingOrg: ReportingOrg, ids?: string[], options: { strict?: boolean; now?: Date } = {},
): Promise<IatiExport> {
  const projects = await repo.loadProjects(db, ids);
  for (const id of ids ?? []) if (!projects.some((p) => p.id === id)) throw notFound('Project', id);
  const { exportable, leftOut } = selectExportable(projects);
  if (options.strict && leftOut.length > 0) throw invalid(reasonsOf(leftOut));
  if (exportable.length === 0) {
    const message = projects.length === 0
      ? 'There is no project to export'
      : `Nothing to export: IATI cannot carry ${leftOut.map((p) => `"${p.id}"`).join(', ')} as they stand`;
    throw new DomainError(ErrorCode.nothingToExport, 400, message, reasonsOf(leftOut));
  }
  const generatedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    xml: exportIatiActivities(exportable, { reportingOrg, generatedAt }),
    exported: exportable.map((p) => ({ id: p.id, iatiIdentifier: p.iatiIdentifier })),
    leftOut,
  };
}

/** The reporting organisation's IATI organisation file, summed from the projects it publishes
 *  itself (not the ones imported from other publishers). */
export async function exportIatiOrganisationFile(db: DbOrTx, reportingOrg: ReportingOrg, now = new Date()): Promise<string> {
  const own = (await repo.loadProjects(db)).filter((p) => !p.reportingOrg || p.reportingOrg.ref === reportingOrg.ref);
  return exportIatiOrganisation(own, { reportingOrg, generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z') });
}

/** Reads an IATI file: malformed XML is a 400 naming line and column. */
function readIati(xml: string) {
  try {
    return importIatiActivities(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw invalid([{ path: `xml (line ${error.line}, column ${error.column})`, message: error.message }]);
    }
    throw error;
  }
}

/**
 * Imports the projects of an IATI activity file, all or nothing: the preview lists what would be
 * created or replaced and every warning with its location; nothing is written on a dry run, on
 * malformed XML, on an invalid project, or when a project exists and `replace` is not given.
 */
export async function importIati(
  db: Db,
  actor: Actor,
  xml: string,
  options: { dryRun: boolean; replace: boolean },
): Promise<IatiImportPreview> {
  const { projects, warnings } = readIati(xml);
  const checked = projects.map((p, i) => validated(p, `projects.${i}`));
  // What the IATI Validator would say of the file (XSD, rulesets, codelists): shown, not refused.
  const findings = await validateIatiFile(xml, new Date().toISOString().slice(0, 10));
  const plan = async (tx: DbOrTx) => {
    const rows = [];
    for (const p of checked) {
      const byIdentifier = await repo.findProjectIdByIatiIdentifier(tx, p.iatiIdentifier);
      const byId = (await repo.projectExists(tx, p.id)) ? p.id : undefined;
      const existing = byIdentifier ?? byId;
      if (byIdentifier && byId && byIdentifier !== byId) {
        throw conflict(ErrorCode.iatiAmbiguous, `Project ${p.iatiIdentifier} matches two stored projects ("${byIdentifier}", "${byId}")`, { identifier: p.iatiIdentifier, projects: [byIdentifier, byId] });
      }
      rows.push({ project: existing ? { ...p, id: existing } : p, action: existing ? ('replace' as const) : ('create' as const) });
    }
    return rows;
  };
  const preview = (rows: Awaited<ReturnType<typeof plan>>, dryRun: boolean): IatiImportPreview => ({
    dryRun,
    projects: rows.map((r) => ({ id: r.project.id, iatiIdentifier: r.project.iatiIdentifier, title: r.project.title, action: r.action })),
    warnings,
    findings,
  });
  if (options.dryRun) return preview(await plan(db), true);
  return db.transaction(async (tx) => {
    const rows = await plan(tx);
    const existing = rows.filter((r) => r.action === 'replace');
    if (existing.length > 0 && !options.replace) {
      throw conflict(
        ErrorCode.iatiAlreadyStored,
        `Already stored: ${existing.map((r) => `${r.project.iatiIdentifier} (project "${r.project.id}")`).join(', ')}; import with replace to overwrite them`,
        { identifiers: existing.map((r) => r.project.iatiIdentifier) },
      );
    }
    for (const r of rows) {
      const project = validated(r.project);
      const before = r.action === 'replace' ? await mustLoad(tx, project.id, true) : undefined;
      if (before) await repo.replaceProject(tx, project);
      else await repo.insertProject(tx, project);
      await recordAudit(tx, actor, { entityType: 'project', entityId: project.id, action: 'import', before, after: project });
    }
    return preview(rows, false);
  });
}

/** Stores a demo project (the seed): skipped when it exists, unless `replace` (ctb seed --force). */
export async function putDemoProject(tx: DbOrTx, actor: Actor, project: Project, options: { replace: boolean }): Promise<boolean> {
  const checked = validated(project);
  const before = await repo.loadProject(tx, project.id, { lock: true });
  const other = await repo.findProjectIdByIatiIdentifier(tx, project.iatiIdentifier);
  if (other && other !== project.id) return false;
  if (before && !options.replace) return false;
  if (before) await repo.replaceProject(tx, checked);
  else await repo.insertProject(tx, checked);
  await recordAudit(tx, actor, { entityType: 'project', entityId: project.id, action: before ? 'update' : 'create', before, after: checked });
  return true;
}

/** Events point at a project and optionally one of its activities: both must exist. */
export const projectActivityExists = repo.activityExists;

export async function listProjectIds(db: DbOrTx): Promise<string[]> {
  return repo.listProjectIds(db);
}

// ---------------------------------------------------------------------------------------------
// Report and calendar

export async function projectReport(db: Db, viewer: Viewer, id: string, lang: Language, today = todayOf()): Promise<Buffer> {
  const project = await loadProjectFor(db, viewer, id);
  return renderProjectReport(project, { lang, today });
}

export async function projectCalendar(db: Db, viewer: Viewer, id: string, lang: Language): Promise<string> {
  const project = await loadProjectFor(db, viewer, id);
  return renderProjectCalendar(project, { lang });
}
