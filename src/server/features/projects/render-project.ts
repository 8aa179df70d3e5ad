// A project as a PDF report or an iCalendar file, with what the viewer may see of it.
import type { Language } from '../../../core/projects/model';
import type { Viewer } from '../../actor';
import type { Db } from '../../db/open-database';
import { renderProjectCalendar } from './projects.calendar';
import { renderProjectReport } from './projects.report';
import { todayOf } from './project-rules';
import { loadProjectFor } from './project-views';

export async function projectReport(db: Db, viewer: Viewer, id: string, lang: Language, today = todayOf()): Promise<Buffer> {
  const project = await loadProjectFor(db, viewer, id);
  return renderProjectReport(project, { lang, today });
}

export async function projectCalendar(db: Db, viewer: Viewer, id: string, lang: Language): Promise<string> {
  const project = await loadProjectFor(db, viewer, id);
  return renderProjectCalendar(project, { lang });
}
