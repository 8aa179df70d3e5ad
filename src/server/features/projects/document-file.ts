import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import * as repo from './projects.repository';

/** The stored file of a project document (signed-in readers of the project). */
export async function documentFile(db: Db, id: string, documentId: string) {
  const file = await repo.documentFile(db, id, documentId);
  if (!file) throw notFound('Document file', `${id}/${documentId}`);
  return file;
}
