// Which projects an IATI export can carry: each one is judged on its own, so one incomplete
// project (an imported activity without a start date) no longer blocks the export of the others.
import type { Project } from '../projects/model';
import { iatiExportBlockers } from './export';

export interface LeftOutProject {
  id: string;
  iatiIdentifier: string;
  reasons: { path: string; message: string }[];
}

export function selectExportable(projects: readonly Project[]): { exportable: Project[]; leftOut: LeftOutProject[] } {
  const exportable: Project[] = [];
  const leftOut: LeftOutProject[] = [];
  for (const project of projects) {
    const reasons = iatiExportBlockers(project);
    if (reasons.length === 0) exportable.push(project);
    else leftOut.push({ id: project.id, iatiIdentifier: project.iatiIdentifier, reasons });
  }
  return { exportable, leftOut };
}
