// Translation help for projects (issue #11): a programme manager adds the title and/or purpose in
// one more language. The original and the other versions stay as they are; every language other
// than `original` is shown as a translation. The write is audited as `translate`.
import type { z } from 'zod';
import type { Language } from '../../../core/projects/model';
import type { ProjectTranslation } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound, translatedText } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { getProject } from './project-views';
import * as repo from './projects.repository';

export async function translateProject(db: Db, actor: Actor, id: string, lang: Language, input: z.output<typeof ProjectTranslation>) {
  return db.transaction(async (tx) => {
    const before = await repo.loadProject(tx, id, { lock: true });
    if (!before) throw notFound('Project', id);
    const after = {
      ...before,
      title: input.title === undefined ? before.title : translatedText('title', before.title, lang, input.title),
      purpose: input.purpose === undefined ? before.purpose : translatedText('purpose', before.purpose, lang, input.purpose),
    };
    await repo.replaceProject(tx, after);
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'translate', before, after });
    return getProject(tx, actor, id);
  });
}
