// What of a project IATI cannot carry as it stands. The IATI Standard's own rulesets run on the
// written file (src/server/iati/rulesets.ts).
import type { Project } from '../projects/model';

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
