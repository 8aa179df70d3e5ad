// Bytes of an uploaded XML file → text. Publishers' tools save IATI files as UTF-8 (with or without
// a byte-order mark), UTF-16 (spreadsheet exports) or a legacy 8-bit encoding named in the XML
// declaration; the XML rules (appendix F of the XML 1.0 specification) say how to tell them apart.
import { locate, XmlSyntaxError } from './xml-position';

const REFUSAL = 'unreadable file';

/** The encoding the first bytes announce: a byte-order mark, or "<?" written in UTF-16. */
function sniff(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (a === 0x3c && b === 0x00) return { encoding: 'utf-16le', skip: 0 };
  if (a === 0x00 && b === 0x3c) return { encoding: 'utf-16be', skip: 0 };
  return undefined;
}

/** The encoding named in the XML declaration (read as ASCII, which every candidate agrees on). */
function declared(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.-]*)["']/.exec(head)?.[1];
}

/**
 * Decodes an XML file. UTF-16 and 8-bit encodings are decoded, not refused: what the declaration
 * says is what the publisher meant. Refused (XmlSyntaxError, line and column) are an encoding this
 * runtime does not know and bytes that are invalid in the file's encoding — guessing there would
 * import garbled names without telling anyone.
 */
export function decodeXmlFile(bytes: Uint8Array): string {
  const sniffed = sniff(bytes);
  const name = declared(bytes);
  // A byte-order mark wins over the declaration; "UTF-16" declared in UTF-8 bytes is a common slip.
  const label = sniffed?.encoding ?? (name && !/^utf-?16/i.test(name) ? name : 'utf-8');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new XmlSyntaxError(`encoding "${label}" is not supported; save the file as UTF-8`, 1, 1, REFUSAL);
  }
  const body = bytes.subarray(sniffed?.skip ?? 0);
  try {
    return decoder.decode(body);
  } catch {
    const lenient = new TextDecoder(label).decode(body);
    const at = locate(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    throw new XmlSyntaxError(`bytes that are not valid ${decoder.encoding}; save the file as UTF-8`, at.line, at.column, REFUSAL);
  }
}
