// Where in a text something is (1-based line and column), and the error that refuses a file at a
// place. Apart from the XML parser, so that decoding an upload in the browser needs no parser.

/** The file is refused as a whole: not well-formed XML (the default), or not readable as an IATI
 *  activity file (`refusal` says which). Line and column are 1-based. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    refusal = 'malformed XML',
  ) {
    super(`${refusal} at line ${line}, column ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

export function lineStarts(xml: string): number[] {
  const starts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === '\n') starts.push(i + 1);
  return starts;
}

export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** Line and column (1-based) of a character offset in a text. */
export const locate = (text: string, offset: number): { line: number; column: number } => position(lineStarts(text), offset);
