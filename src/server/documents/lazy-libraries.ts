// pdfkit and ExcelJS are loaded when the first document or spreadsheet is made, not when the
// server starts: together they cost about 0.8 s of CPU at every start of `ctb` (every command,
// every instance, every test process), for libraries most commands and requests never use.
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

let excel: Promise<typeof ExcelJS> | undefined;
let pdfkit: Promise<typeof PDFDocument> | undefined;

export const loadExcel = (): Promise<typeof ExcelJS> => (excel ??= import('exceljs').then((m) => m.default));
export const loadPdfkit = (): Promise<typeof PDFDocument> => (pdfkit ??= import('pdfkit').then((m) => m.default));
