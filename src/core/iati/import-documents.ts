// The document links of a foreign IATI activity as project documents.
import type { ProjectDocument } from '../projects/model';
import { documentSchema } from '../projects/model';
import { DOCUMENT_CATEGORY_CODES } from './codelists';
import { isHeld, isoDate, kid, kids, multilingual } from './import-read';
import type { Context } from './import-read';
import type { XmlNode } from './xml-read';

const DOCUMENT_READ = ['title', 'category', 'language', 'document-date'];

/** A document link as a project document, or 'not held' when it says more than the model holds
 *  (several categories, a description, a language other than nl/en/zh): kept verbatim then. */
export function documentOf(node: XmlNode, id: string, ctx: Context): ProjectDocument | 'not held' | undefined {
  const categories = kids(node, 'category').map((c) => c.attrs.code?.trim() ?? '');
  const codes = kids(node, 'language').map((l) => l.attrs.code?.trim().toLowerCase() ?? '');
  if (categories.length > 1 || codes.some((c) => !isHeld(c)) || node.children.some((c) => !DOCUMENT_READ.includes(c.name))) return 'not held';
  const title = multilingual(kid(node, 'title'), ctx, true);
  const category = categories.find((c) => DOCUMENT_CATEGORY_CODES.has(c));
  if (!title || !category) {
    if (!category) ctx.warn(node, 'document-link without a known category: skipped');
    return undefined;
  }
  const languages = [...new Set(codes.filter(isHeld))];
  const url = node.attrs.url?.trim() || undefined;
  const usableUrl = url && documentSchema.shape.url.safeParse(url).success ? url : undefined;
  if (url && !usableUrl) ctx.warn(node, `document url "${url.slice(0, 80)}" is not an http(s) address: skipped`);
  return {
    id,
    title,
    url: usableUrl,
    format: node.attrs.format?.trim() || undefined,
    category,
    date: isoDate(kid(node, 'document-date'), ctx.warn),
    languages,
  };
}
