// The one place PDFs get their font and their frame (pdfkit). Every PDF of the product (agendas,
// table plans, badges, project status reports, programme reports) is set in Noto Sans SC, shipped
// as an npm dependency (@expo-google-fonts/noto-sans-sc, SIL Open Font License 1.1, see
// licenses/NotoSansSC.md and decision 023): its glyphs cover Simplified Chinese, Latin with Dutch
// diacritics and digits, so one face serves nl, en and zh and no operating-system font is read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadPdfkit } from './lazy-libraries';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC Regular (TrueType outlines, 10.5 MB); pdfkit embeds only the glyphs used. One face
 * only: headings differ by size and colour, and one subset per document keeps PDFs small.
 */
export const PDF_FONT_PATH = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

let fontData: Buffer | null = null;
/** The font file, read once per process (pdfkit would otherwise re-read it for every document). */
const fontFile = (): Buffer => (fontData ??= readFileSync(PDF_FONT_PATH));

export type PdfPage = { size: string; margin: number };

/** A pdfkit document set in the shipped font, and the promise of its bytes once `doc.end()` is called. */
export async function pdfDocument(title: string, page: PdfPage = { size: 'A4', margin: 50 }, lang?: string) {
  const PDFDocument = await loadPdfkit();
  const doc = new PDFDocument({ ...page, lang, info: { Title: title, Author: 'Cleantech Bridge' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('NotoSansSC', fontFile());
  doc.font('NotoSansSC');
  return { doc, done };
}
