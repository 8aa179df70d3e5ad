import type { ProjectView } from '../../../core/projects/api';
import type { Project } from '../../../core/projects/model';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { locateIndicator, requireValue } from './project-rules';
import { mustLoad, getProject } from './project-views';

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
