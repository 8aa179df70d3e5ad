// Reads an XML text into a tree that remembers where each element is (path, line, column), so the
// importer can point at every value it skips or guesses. Malformed XML is refused here.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** Text directly inside the element, trimmed. */
  text: string;
  /** XPath-like location with 1-based positions among same-named siblings. */
  path: string;
  line?: number;
  column?: number;
}

/** The file is not well-formed XML; line and column are 1-based. */
export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`malformed XML at line ${line}, column ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const META = XMLParser.getMetaDataSymbol();

function lineStarts(xml: string): number[] {
  const starts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === '\n') starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

function convert(items: readonly Ordered[], parentPath: string, starts: readonly number[]): { nodes: XmlNode[]; text: string } {
  const seen = new Map<string, number>();
  const nodes: XmlNode[] = [];
  const texts: string[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined) continue;
    if (name === '#text') {
      texts.push(String(item[name]));
      continue;
    }
    const index = (seen.get(name) ?? 0) + 1;
    seen.set(name, index);
    const path = `${parentPath}/${name}[${index}]`;
    const inner = convert((item[name] as Ordered[] | undefined) ?? [], path, starts);
    const meta = (item as Record<symbol, { startIndex?: number } | undefined>)[META as symbol];
    const at = meta?.startIndex === undefined ? {} : position(starts, meta.startIndex);
    nodes.push({ name, attrs: item[':@'] ?? {}, children: inner.nodes, text: inner.text, path, ...at });
  }
  return { nodes, text: texts.join('').trim() };
}

/** Where a document type declaration starts in the prolog (after the XML declaration, comments
 *  and processing instructions), or -1. A scan rather than a regular expression: the prolog of a
 *  hostile file may be megabytes long, and regular expressions over it overflow the stack. */
function doctypeOffset(xml: string): number {
  let at = xml.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at]!)) at++;
    const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : undefined;
    if (close === undefined) return xml.startsWith('<!DOCTYPE', at) ? at : -1;
    const end = xml.indexOf(close, at + 2);
    if (end < 0) return -1; // unclosed: the validator names the place
    at = end + close.length;
  }
}

/**
 * Parses well-formed XML into nodes; throws XmlSyntaxError (with line and column) otherwise.
 * A document type declaration is refused: IATI files have none, and its entities are the stuff of
 * expansion attacks ("billion laughs") and of reading local files.
 */
export function readXml(xml: string): XmlNode[] {
  const doctype = doctypeOffset(xml);
  if (doctype >= 0) {
    const at = position(lineStarts(xml), doctype);
    throw new XmlSyntaxError('a DOCTYPE (document type declaration) is not accepted in IATI files', at.line, at.column);
  }
  const verdict = XMLValidator.validate(xml);
  // An empty text fails before any column exists: it is at column 1.
  if (verdict !== true) throw new XmlSyntaxError(verdict.err.msg, verdict.err.line, verdict.err.col ?? 1);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    captureMetaData: true,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    // Numeric character references (&#233;) are decoded only with this option.
    htmlEntities: true,
  });
  return convert(parser.parse(xml) as Ordered[], '', lineStarts(xml)).nodes;
}
