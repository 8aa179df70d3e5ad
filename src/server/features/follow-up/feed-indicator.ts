// A number of the programme report recorded as a project indicator's actual (e.g. result 3 of
// project 004, "involvement of Dutch knowledge institutes and private sector").
import type { z } from 'zod';
import type { IndicatorFeedInput } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { recordIndicatorActual } from '../projects/record-indicator-actual';
import { programmeReport } from './programme-report';

export async function feedIndicator(db: Db, actor: Actor, input: z.output<typeof IndicatorFeedInput>) {
  const { projectId, indicatorId, periodId, measure, ...filters } = input;
  const report = await programmeReport(db, actor, filters);
  const value = report.funnel.find((s) => s.measure === measure)?.count ?? 0;
  await recordIndicatorActual(db, actor, projectId, indicatorId, periodId, { value });
  return { value };
}
