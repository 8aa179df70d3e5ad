import { exportIatiActivities } from '../../../core/iati/export';
import { selectExportable } from '../../../core/iati/export-selection';
import { exportIatiOrganisation } from '../../../core/iati/organisation';
import type { LeftOutProject } from '../../../core/iati/export-selection';
import type { ReportingOrg } from '../../../core/projects/model';
import type { DbOrTx } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api/errors';
import { DomainError, invalid, notFound } from '../../errors';
import * as repo from './projects.repository';

/** An IATI export: the file, the projects in it and the ones left out with their reasons. */
export interface IatiExport {
  xml: string;
  exported: { id: string; iatiIdentifier: string }[];
  leftOut: LeftOutProject[];
}

const reasonsOf = (leftOut: readonly LeftOutProject[]) => leftOut.flatMap((p) => p.reasons.map((r) => ({ path: `${p.id}.${r.path}`, message: r.message })));

/** IATI 2.03 XML of the given projects (all without ids), published by `reportingOrg` (projects
 *  imported from another publisher keep theirs). A project IATI cannot carry is left out with its
 *  reasons and the others are exported; `strict` refuses the export instead. An export of nothing
 *  is refused (400 nothing_to_export), never written as an empty, schema-invalid file. Budgets
 *  and transactions are included: callers must be allowed to see them. */
export async function exportIati(db: DbOrTx, reportingOrg: ReportingOrg, ids?: string[], options: { strict?: boolean; now?: Date } = {}): Promise<IatiExport> {
  const projects = await repo.loadProjects(db, ids);
  for (const id of ids ?? []) if (!projects.some((p) => p.id === id)) throw notFound('Project', id);
  const { exportable, leftOut } = selectExportable(projects);
  if (options.strict && leftOut.length > 0) throw invalid(reasonsOf(leftOut));
  if (exportable.length === 0) {
    const message =
      projects.length === 0
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
