// What the readers of an activity's parts share: the shape of what they return, how they keep
// what the model cannot hold, and the required children and periods they report when unusable.
import type { TransactionIati } from '../projects/iati-extension';
import { isoDate, kid, namespaceDeclarations } from './import-read';
import type { Context } from './import-read';
import type { XmlNode } from './xml-read';

/** What a part the model cannot hold becomes: kept verbatim, with the reason reported. */
export type Keep = (node: XmlNode, reason: string) => void;

/** A part as the model holds it, with what the project's IATI extension keeps of it. */
export interface Held<T, E = TransactionIati> {
  value: T;
  iati: E;
}

/** The attributes of an element other than the ones listed (kept as published). */
export function otherAttributes(node: XmlNode, read: readonly string[], ctx: Context): Record<string, string> | undefined {
  const rest = Object.entries(node.attrs).filter(([k]) => !read.includes(k));
  const declarations = namespaceDeclarations(
    rest.map(([k]) => k),
    ctx.namespaces,
  );
  return rest.length > 0 ? { ...declarations, ...Object.fromEntries(rest) } : undefined;
}

/** The object without its undefined fields, so the extension stores only what was published. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A child element a part needs, reported when absent: the part is skipped then. */
export function needed(node: XmlNode, name: string, ctx: Context): XmlNode | undefined {
  const found = kid(node, name);
  if (!found) ctx.warn(node, `${node.name} without ${name}: skipped`);
  return found;
}

/** A period, refused (reported) when it ends before it starts. */
export function period(node: XmlNode, ctx: Context): { start: string; end: string } | undefined {
  const startNode = needed(node, 'period-start', ctx);
  const endNode = needed(node, 'period-end', ctx);
  const start = isoDate(startNode, ctx.warn);
  const end = isoDate(endNode, ctx.warn);
  if (!start || !end) return undefined;
  if (end < start) {
    ctx.warn(node, `${node.name} ends (${end}) before it starts (${start}): skipped`);
    return undefined;
  }
  return { start, end };
}
