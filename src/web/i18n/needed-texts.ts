/**
 * The catalogue's namespaces that the code evaluated so far writes keys of (decision 025): the Vite
 * plugin `textsWithTheirUsers` adds a `needTexts([...])` call to each such module. A module of its
 * own without imports, so that no import cycle can call it before it exists.
 */
export const neededTexts = new Set<string>(['common']);

export function needTexts(namespaces: readonly string[]): void {
  for (const namespace of namespaces) neededTexts.add(namespace);
}
