import type { z } from 'zod';
import type { ProjectListQuery } from '../../../core/projects/api';
import type { Db } from '../../db/open-database';
import * as repo from './projects.repository';
import { todayOf } from './project-rules';
import { summarise } from './project-views';

export async function listProjects(db: Db, query: z.output<typeof ProjectListQuery>, today = todayOf()) {
  const projects = await repo.loadProjects(db);
  const stamps = await repo.projectStamps(db);
  const items = projects
    .filter((p) => query.status === undefined || p.status === query.status)
    .filter((p) => query.missingLanguage === undefined || p.title[query.missingLanguage] === undefined || p.purpose[query.missingLanguage] === undefined)
    .map((p) => summarise(p, today, stamps.get(p.id)?.updatedAt ?? ''));
  return { items, total: items.length };
}
