// The project model of src/core/projects in the database. Queries only: the rules live in the use cases.
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Activity, Indicator, Phase, Project } from '../../../core/projects/model';
import type { DbOrTx } from '../../db/open-database';
import {
  projectActivities,
  projectBudgetLines,
  projectDeliverables,
  projectDocumentFiles,
  projectIndicators,
  projectParticipations,
  projectPhases,
  projectResults,
  projects,
  projectTransactions,
} from '../../db/schema';
import {
  activityValues,
  byPosition,
  defined,
  deliverableValues,
  headValues,
  indicatorValues,
  phaseValues,
  toPhase,
  toResult,
  type Deliverable,
} from './project-rows';

// ---------------------------------------------------------------------------------------------
// Reading

export async function projectExists(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, id));
  return rows.length > 0;
}

export async function findProjectIdByIatiIdentifier(db: DbOrTx, iatiIdentifier: string): Promise<string | undefined> {
  const [row] = await db.select({ id: projects.id }).from(projects).where(eq(projects.iatiIdentifier, iatiIdentifier));
  return row?.id;
}

/** Whether a project exists, and (when asked) an activity of it. */
export async function activityExists(db: DbOrTx, projectId: string, activityId: string | null) {
  const [project] = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId));
  if (!project || !activityId) return { project: !!project, activity: false };
  const [activity] = await db
    .select({ id: projectActivities.id })
    .from(projectActivities)
    .where(and(eq(projectActivities.projectId, projectId), eq(projectActivities.id, activityId)));
  return { project: true, activity: !!activity };
}

/** The whole project, or undefined. With `lock`, its row stays locked until the transaction ends. */
export async function loadProject(db: DbOrTx, id: string, options: { lock?: boolean } = {}): Promise<Project | undefined> {
  const head = options.lock
    ? await db.select().from(projects).where(eq(projects.id, id)).for('update')
    : await db.select().from(projects).where(eq(projects.id, id));
  const row = head[0];
  if (!row) return undefined;
  const [loaded] = await loadParts(db, [row]);
  return loaded;
}

/** Several whole projects, in id order (all of them without ids). */
export async function loadProjects(db: DbOrTx, ids?: string[]): Promise<Project[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select()
    .from(projects)
    .where(ids ? inArray(projects.id, ids) : undefined)
    .orderBy(asc(projects.id));
  return loadParts(db, rows);
}

async function loadParts(db: DbOrTx, heads: (typeof projects.$inferSelect)[]): Promise<Project[]> {
  const ids = heads.map((h) => h.id);
  if (ids.length === 0) return [];
  const [phases, activities, deliverables, results, indicators, participations, budgetLines, transactions] = await Promise.all([
    db.select().from(projectPhases).where(inArray(projectPhases.projectId, ids)),
    db.select().from(projectActivities).where(inArray(projectActivities.projectId, ids)),
    db.select().from(projectDeliverables).where(inArray(projectDeliverables.projectId, ids)),
    db.select().from(projectResults).where(inArray(projectResults.projectId, ids)),
    db.select().from(projectIndicators).where(inArray(projectIndicators.projectId, ids)),
    db.select().from(projectParticipations).where(inArray(projectParticipations.projectId, ids)),
    db.select().from(projectBudgetLines).where(inArray(projectBudgetLines.projectId, ids)),
    db.select().from(projectTransactions).where(inArray(projectTransactions.projectId, ids)),
  ]);
  const of = <T extends { projectId: string }>(rows: T[], projectId: string) => rows.filter((r) => r.projectId === projectId);
  return heads.map((h) => {
    const own = {
      activities: of(activities, h.id),
      deliverables: of(deliverables, h.id),
      indicators: of(indicators, h.id),
    };
    const project: Project = {
      id: h.id,
      iatiIdentifier: h.iatiIdentifier,
      ...defined({ reportingOrg: h.reportingOrg, location: h.location, closure: h.closure }),
      title: h.title,
      purpose: h.purpose,
      themes: h.themes,
      status: h.status as Project['status'],
      dates: h.dates,
      currency: h.currency,
      budgetLines: byPosition(of(budgetLines, h.id)).map((b) => ({
        id: b.id,
        ...defined({ label: b.label }),
        value: { amount: b.amount, currency: b.currency },
        ...(b.periodStart && b.periodEnd ? { period: { start: b.periodStart, end: b.periodEnd } } : {}),
        status: b.status,
      })),
      transactions: byPosition(of(transactions, h.id)).map((t) => ({
        id: t.id,
        kind: t.kind,
        date: t.date,
        value: { amount: t.amount, currency: t.currency },
        ...(t.rateFrom && t.rateTo && t.rate !== null && t.rateDate
          ? { exchangeRate: { from: t.rateFrom, to: t.rateTo, rate: t.rate, date: t.rateDate } }
          : {}),
        ...defined({
          description: t.description,
          providerOrganisationId: t.providerOrganisationId,
          receiverOrganisationId: t.receiverOrganisationId,
        }),
      })),
      organisations: h.organisations,
      people: h.people,
      participations: byPosition(of(participations, h.id)).map((x) => ({
        id: x.id,
        organisationId: x.organisationId,
        role: x.role as Project['participations'][number]['role'],
      })),
      bodies: h.bodies,
      documents: h.documents,
      agreements: h.agreements,
      ...defined({ iati: h.iati }),
      phases: of(phases, h.id)
        .sort((a, b) => a.order - b.order)
        .map((ph) => toPhase(ph, own.activities, own.deliverables)),
      results: byPosition(of(results, h.id)).map((r) => toResult(r, own.indicators)),
    };
    return project;
  });
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Inserts the parts of a project whose head row exists and which has no parts yet. */
async function insertParts(db: DbOrTx, p: Project): Promise<void> {
  const id = p.id;
  if (p.phases.length > 0) await db.insert(projectPhases).values(p.phases.map((ph) => phaseValues(id, ph)));
  const activities = p.phases.flatMap((ph) => ph.activities.map((a, i) => activityValues(id, ph.id, a, i)));
  if (activities.length > 0) await db.insert(projectActivities).values(activities);
  const deliverables = p.phases.flatMap((ph) => ph.activities.flatMap((a) => a.deliverables.map((d, i) => deliverableValues(id, a.id, d, i))));
  if (deliverables.length > 0) await db.insert(projectDeliverables).values(deliverables);
  if (p.results.length > 0) {
    await db
      .insert(projectResults)
      .values(p.results.map((r, position) => ({ projectId: id, id: r.id, position, type: r.type, title: r.title, description: r.description ?? null })));
    const indicators = p.results.flatMap((r) => r.indicators.map((ind, i) => indicatorValues(id, r.id, ind, i)));
    if (indicators.length > 0) await db.insert(projectIndicators).values(indicators);
  }
  if (p.participations.length > 0) {
    await db
      .insert(projectParticipations)
      .values(p.participations.map((x, position) => ({ projectId: id, id: x.id, position, organisationId: x.organisationId, role: x.role })));
  }
  if (p.budgetLines.length > 0) {
    await db.insert(projectBudgetLines).values(
      p.budgetLines.map((b, position) => ({
        projectId: id,
        id: b.id,
        position,
        label: b.label ?? null,
        amount: b.value.amount,
        currency: b.value.currency,
        periodStart: b.period?.start ?? null,
        periodEnd: b.period?.end ?? null,
        status: b.status,
      })),
    );
  }
  if (p.transactions.length > 0) {
    await db.insert(projectTransactions).values(
      p.transactions.map((t, position) => ({
        projectId: id,
        id: t.id,
        position,
        kind: t.kind,
        date: t.date,
        amount: t.value.amount,
        currency: t.value.currency,
        rateFrom: t.exchangeRate?.from ?? null,
        rateTo: t.exchangeRate?.to ?? null,
        rate: t.exchangeRate?.rate ?? null,
        rateDate: t.exchangeRate?.date ?? null,
        description: t.description ?? null,
        providerOrganisationId: t.providerOrganisationId ?? null,
        receiverOrganisationId: t.receiverOrganisationId ?? null,
      })),
    );
  }
}

export async function insertProject(db: DbOrTx, p: Project): Promise<void> {
  await db.insert(projects).values(headValues(p));
  await insertParts(db, p);
}

/** Replaces the whole project: head row updated, every part rewritten. */
export async function replaceProject(db: DbOrTx, p: Project): Promise<void> {
  const { id: _id, ...head } = headValues(p);
  await db
    .update(projects)
    .set({ ...head, ...changed() })
    .where(eq(projects.id, p.id));
  await deleteParts(db, p.id);
  await insertParts(db, p);
  await deleteOrphanFiles(db, p);
}

async function deleteParts(db: DbOrTx, id: string): Promise<void> {
  // Children first would not be needed (cascades), but explicit deletes keep it obvious.
  await db.delete(projectDeliverables).where(eq(projectDeliverables.projectId, id));
  await db.delete(projectActivities).where(eq(projectActivities.projectId, id));
  await db.delete(projectPhases).where(eq(projectPhases.projectId, id));
  await db.delete(projectIndicators).where(eq(projectIndicators.projectId, id));
  await db.delete(projectResults).where(eq(projectResults.projectId, id));
  await db.delete(projectParticipations).where(eq(projectParticipations.projectId, id));
  await db.delete(projectBudgetLines).where(eq(projectBudgetLines.projectId, id));
  await db.delete(projectTransactions).where(eq(projectTransactions.projectId, id));
}

/** Files of documents the project no longer lists are dropped with them. */
async function deleteOrphanFiles(db: DbOrTx, p: Project): Promise<void> {
  const kept = p.documents.map((d) => d.id);
  await db
    .delete(projectDocumentFiles)
    .where(and(eq(projectDocumentFiles.projectId, p.id), kept.length > 0 ? notInArray(projectDocumentFiles.documentId, kept) : undefined));
}

export async function deleteProject(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(projects).where(eq(projects.id, id)).returning({ id: projects.id });
  return rows.length > 0;
}

/** The head fields that a gate decision changes (status, closure). */
export async function updateProjectStatus(db: DbOrTx, p: Project): Promise<void> {
  await db
    .update(projects)
    .set({ status: p.status, closure: p.closure ?? null, ...changed() })
    .where(eq(projects.id, p.id));
}

export async function updatePhase(db: DbOrTx, projectId: string, phase: Phase): Promise<void> {
  const { projectId: _p, id: _id, ...values } = phaseValues(projectId, phase);
  await db
    .update(projectPhases)
    .set(values)
    .where(and(eq(projectPhases.projectId, projectId), eq(projectPhases.id, phase.id)));
}

/** Writes one activity with its deliverables (insert or replace). */
export async function saveActivity(db: DbOrTx, projectId: string, phaseId: string, activity: Activity, position: number): Promise<void> {
  const values = activityValues(projectId, phaseId, activity, position);
  const { projectId: _p, id: _id, ...changes } = values;
  await db
    .insert(projectActivities)
    .values(values)
    .onConflictDoUpdate({ target: [projectActivities.projectId, projectActivities.id], set: changes });
  await db.delete(projectDeliverables).where(and(eq(projectDeliverables.projectId, projectId), eq(projectDeliverables.activityId, activity.id)));
  if (activity.deliverables.length > 0) {
    await db.insert(projectDeliverables).values(activity.deliverables.map((d, i) => deliverableValues(projectId, activity.id, d, i)));
  }
}

export async function updateDeliverable(db: DbOrTx, projectId: string, activityId: string, d: Deliverable, position: number) {
  const { projectId: _p, id: _id, ...values } = deliverableValues(projectId, activityId, d, position);
  await db
    .update(projectDeliverables)
    .set(values)
    .where(and(eq(projectDeliverables.projectId, projectId), eq(projectDeliverables.id, d.id)));
}

export async function updateIndicator(db: DbOrTx, projectId: string, resultId: string, indicator: Indicator, position: number) {
  const { projectId: _p, id: _id, ...values } = indicatorValues(projectId, resultId, indicator, position);
  await db
    .update(projectIndicators)
    .set(values)
    .where(and(eq(projectIndicators.projectId, projectId), eq(projectIndicators.id, indicator.id)));
}

/** Every write to a project raises its revision (see projects.revision) and its update time. */
const changed = () => ({ updatedAt: sql`now()`, revision: sql`${projects.revision} + 1` });

export async function touchProject(db: DbOrTx, id: string): Promise<void> {
  await db.update(projects).set(changed()).where(eq(projects.id, id));
}

/** Created and updated times (ISO) and the revision of one project or of all. */
export async function projectStamps(db: DbOrTx, id?: string): Promise<Map<string, { createdAt: string; updatedAt: string; revision: number }>> {
  const rows = await db
    .select({ id: projects.id, createdAt: projects.createdAt, updatedAt: projects.updatedAt, revision: projects.revision })
    .from(projects)
    .where(id ? eq(projects.id, id) : undefined);
  const iso = (value: string) => new Date(value).toISOString();
  return new Map(rows.map((r) => [r.id, { createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt), revision: r.revision }]));
}

// ---------------------------------------------------------------------------------------------
// Document files

export interface DocumentFileInfo {
  documentId: string;
  filename: string;
  mediaType: string;
  size: number;
}

async function setDocuments(db: DbOrTx, projectId: string, documents: Project['documents']): Promise<void> {
  await db
    .update(projects)
    .set({ documents, ...changed() })
    .where(eq(projects.id, projectId));
}

/** The head's documents list changes with the file: both in the caller's transaction. */
export async function insertDocumentFile(db: DbOrTx, projectId: string, documents: Project['documents'], file: DocumentFileInfo & { content: Buffer }) {
  await setDocuments(db, projectId, documents);
  await db.insert(projectDocumentFiles).values({ projectId, ...file });
}

/** `documents` is the list without the removed one; its file (if stored) goes with it. */
export async function removeDocument(db: DbOrTx, projectId: string, documents: Project['documents'], documentId: string) {
  await setDocuments(db, projectId, documents);
  await db.delete(projectDocumentFiles).where(and(eq(projectDocumentFiles.projectId, projectId), eq(projectDocumentFiles.documentId, documentId)));
}

export async function documentFiles(db: DbOrTx, projectId: string): Promise<DocumentFileInfo[]> {
  return db
    .select({
      documentId: projectDocumentFiles.documentId,
      filename: projectDocumentFiles.filename,
      mediaType: projectDocumentFiles.mediaType,
      size: projectDocumentFiles.size,
    })
    .from(projectDocumentFiles)
    .where(eq(projectDocumentFiles.projectId, projectId))
    .orderBy(asc(projectDocumentFiles.createdAt));
}

export async function documentFile(db: DbOrTx, projectId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(projectDocumentFiles)
    .where(and(eq(projectDocumentFiles.projectId, projectId), eq(projectDocumentFiles.documentId, documentId)));
  return row;
}
