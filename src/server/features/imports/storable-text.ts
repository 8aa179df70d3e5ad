import type { ImportProblem } from '../../db/schema/matching';

/**
 * PostgreSQL cannot store U+0000 in text or JSON, nor a lone surrogate (half of a UTF-16 pair)
 * as UTF-8: such cells are problems of their row and column, and what is stored about them (the
 * headers, the messages) shows them as visible symbols instead.
 */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
export const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');
export const unstorableMessage = 'contains a character that cannot be stored (a NUL byte U+0000 or a broken UTF-16 pair); remove it';
export const storable = (text: string) => text.replace(UNSTORABLE_ALL, (ch) => (ch === '\u0000' ? '\u2400' : '\ufffd'));
export const storableProblem = (p: ImportProblem): ImportProblem => ({
  ...p,
  column: storable(p.column),
  message: storable(p.message),
  ...(p.params && {
    params: Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? storable(v) : Array.isArray(v) ? v.map(storable) : v])),
  }),
});
export const storableMapping = (mapping: Record<string, string>) =>
  Object.fromEntries(Object.entries(mapping).map(([field, header]) => [field, storable(header)]));
