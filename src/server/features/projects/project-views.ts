// Reading stored projects: the whole project, what a viewer may see of it, its summary.
import type { ProjectPublicSummary, ProjectSummary, ProjectView } from '../../../core/projects/api';
import { publicSummaryOf } from '../../../core/projects/api';
import type { Project } from '../../../core/projects/model';
import { nextPendingGate, overdueDeliverables } from '../../../core/projects/rules';
import { seesConfidential, type Viewer } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { notFound } from '../../errors';
import * as repo from './projects.repository';

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

export async function mustLoad(db: DbOrTx, id: string, lock = false): Promise<Project> {
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

/** Events point at a project and optionally one of its activities: both must exist. */
export const projectActivityExists = repo.activityExists;
