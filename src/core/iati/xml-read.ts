// Reads an XML text into a tree that remembers where each element is (path, line, column), so the
// importer can point at every value it skips or guesses. Malformed XML is refused here.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineStarts, locate, position, XmlSyntaxError } from './xml-position';

export { locate, XmlSyntaxError };

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

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const META = XMLParser.getMetaDataSymbol();

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
  // NUL is never allowed in XML; in practice it means UTF-16 bytes were decoded as UTF-8.
  const nul = xml.indexOf('\u0000');
  if (nul >= 0) {
    const at = locate(xml, nul);
    throw new XmlSyntaxError('NUL character: the text is not UTF-8 (a UTF-16 file read as UTF-8?); save the file as UTF-8', at.line, at.column);
  }
  const doctype = doctypeOffset(xml);
  if (doctype >= 0) {
    const at = locate(xml, doctype);
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
