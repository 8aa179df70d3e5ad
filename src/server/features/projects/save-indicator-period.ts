import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { IndicatorPeriodInput, ProjectView } from '../../../core/projects/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { validated, locateIndicator, requireValue } from './project-rules';
import { mustLoad, getProject } from './project-views';

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
    validated({
      ...before,
      results: before.results.map((r) => (r.id === found.result.id ? { ...r, indicators: r.indicators.map((i) => (i.id === indicatorId ? after : i)) } : r)),
    });
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
