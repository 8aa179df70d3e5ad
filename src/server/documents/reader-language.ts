import { z } from 'zod';
import type { Viewer } from '../actor';
import type { DbOrTx } from '../db/open-database';
import { findUserById } from '../features/accounts/accounts.repository';
import { catalogueLanguage, type CatalogueLanguage } from '../../shared/i18n';

/** `?lang=` on a document's address: the language the reader chose for it (else their account's). */
export const DocumentLanguageQuery = z.object({
  lang: z.enum(['nl', 'en', 'zh']).optional().describe('language of the document; default: the language of your account'),
});

/** The language a document is written in: the one asked for, else the reader's account language, else English. */
export async function readerLanguage(db: DbOrTx, viewer: Viewer, asked?: string | null): Promise<CatalogueLanguage> {
  if (asked) return catalogueLanguage(asked);
  if (viewer?.kind !== 'user') return 'en';
  return catalogueLanguage((await findUserById(db, viewer.id))?.language);
}
