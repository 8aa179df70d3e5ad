// The text of a PDF as a reader's copy would give it, by pdf.js (through unpdf): what the tests
// check is what a PDF reader shows, not what our own writer meant to write.
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(pdf: Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}
