/** Dotted paths of every text of a namespace tree, e.g. `nav.home`. */
export function labelKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : labelKeys(value as object, `${prefix}${key}.`)));
}

/** The text at a dotted path, or undefined. */
export function textAt(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}
