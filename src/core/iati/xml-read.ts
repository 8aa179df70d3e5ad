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

/** Deeper nesting is refused: IATI activities nest about eight levels; the parser recurses per level. */
export const MAX_XML_DEPTH = 100;
/** Longer texts are refused: ample for an IATI file of a few hundred activities (the API takes 20 MB). */
export const MAX_XML_CHARS = 16 * 2 ** 20;

/**
 * One pass over the markup before any parser sees it: refuses a document type declaration or any
 * other markup declaration (<!ENTITY, <!ELEMENT…) wherever it appears, also inside the root
 * element, and nesting deeper than MAX_XML_DEPTH. Comments, CDATA sections and processing
 * instructions are skipped; malformed remains are left to the validator, which names the place.
 * A scan rather than regular expressions: a hostile file may be megabytes of one construct.
 */
function checkMarkup(xml: string): void {
  const refuse = (message: string, offset: number): never => {
    const at = locate(xml, offset);
    throw new XmlSyntaxError(message, at.line, at.column);
  };
  const skipPast = (from: number, close: string) => {
    const end = xml.indexOf(close, from);
    return end < 0 ? -1 : xml.indexOf('<', end + close.length);
  };
  let depth = 0;
  for (let at = xml.indexOf('<'); at >= 0;) {
    if (xml.startsWith('<!--', at)) at = skipPast(at + 4, '-->');
    else if (xml.startsWith('<![CDATA[', at)) at = skipPast(at + 9, ']]>');
    else if (xml.startsWith('<?', at)) at = skipPast(at + 2, '?>');
    else if (xml.startsWith('<!', at)) {
      const keyword = /^<!([A-Za-z]*)/.exec(xml.slice(at, at + 20))?.[1] ?? '';
      refuse(
        keyword.toUpperCase() === 'DOCTYPE'
          ? 'a DOCTYPE (document type declaration) is not accepted in IATI files'
          : `a markup declaration (<!${keyword}) is not accepted in IATI files`,
        at,
      );
    } else if (xml[at + 1] === '/') {
      depth--;
      at = xml.indexOf('<', at + 2);
    } else {
      let end = at + 1;
      for (let quote = ''; end < xml.length; end++) {
        const c = xml[end];
        if (quote) quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (xml[end - 1] !== '/' && ++depth > MAX_XML_DEPTH) refuse(`elements are nested more than ${MAX_XML_DEPTH} levels deep`, at);
      at = xml.indexOf('<', end + 1);
    }
  }
}

/**
 * Parses well-formed XML into nodes; throws XmlSyntaxError (with line and column) otherwise.
 * A document type declaration is refused wherever it appears: IATI files have none, and its
 * entities are the stuff of expansion attacks ("billion laughs") and of reading local files.
 * Over-long texts and deep nesting are refused too, before the parser runs.
 */
export function readXml(xml: string): XmlNode[] {
  // NUL is never allowed in XML; in practice it means UTF-16 bytes were decoded as UTF-8.
  const nul = xml.indexOf('\u0000');
  if (nul >= 0) {
    const at = locate(xml, nul);
    throw new XmlSyntaxError('NUL character: the text is not UTF-8 (a UTF-16 file read as UTF-8?); save the file as UTF-8', at.line, at.column);
  }
  if (xml.length > MAX_XML_CHARS) {
    const at = locate(xml, MAX_XML_CHARS);
    throw new XmlSyntaxError(`the file is longer than ${MAX_XML_CHARS / 2 ** 20} MB of text; split it into several files`, at.line, at.column);
  }
  checkMarkup(xml);
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
  let parsed: Ordered[];
  try {
    parsed = parser.parse(xml) as Ordered[];
  } catch (error) {
    // Whatever the validator let through and the parser still refuses is the file's fault.
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error), 1, 1);
  }
  return convert(parsed, '', lineStarts(xml)).nodes;
}
