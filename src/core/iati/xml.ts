// A minimal XML element tree and its serialiser. The exporter builds the tree in IATI schema order
// and the rule checks read the same tree, so what is checked is exactly what is written.
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string | undefined>>;
  children: readonly (XmlElement | string)[];
}

export function el(
  name: string,
  attrs: Readonly<Record<string, string | number | boolean | undefined>> = {},
  children: readonly (XmlElement | string | undefined)[] = [],
): XmlElement {
  const normalised: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(attrs)) {
    normalised[key] = value === undefined ? undefined : typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  }
  return { name, attrs: normalised, children: children.filter((c) => c !== undefined) };
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function write(node: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
  } else if (node.children.every((c) => typeof c === 'string')) {
    out.push(`${indent}<${node.name}${attrs}>${escapeText(node.children.join(''))}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attrs}>`);
    for (const child of node.children) {
      if (typeof child === 'string') out.push(`${indent}  ${escapeText(child)}`);
      else write(child, depth + 1, out);
    }
    out.push(`${indent}</${node.name}>`);
  }
}

export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}

/** Child elements of a node with the given name. */
export const childrenNamed = (node: XmlElement, name: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
