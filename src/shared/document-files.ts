// What may be uploaded as a project document: a size limit and a short list of office, PDF, image
// and text types, each recognised by its first bytes, so a file cannot claim a type it does not have.

/** 10 MiB: minutes, MoUs, reports and slides fit; files are kept in the database. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

type Signature = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'text';

/** Accepted media types by file extension, with the signature their content must have. */
export const DOCUMENT_TYPES: Readonly<Record<string, { mediaType: string; signature: Signature }>> = {
  pdf: { mediaType: 'application/pdf', signature: 'pdf' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: 'zip' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: 'zip' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signature: 'zip' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', signature: 'zip' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', signature: 'zip' },
  doc: { mediaType: 'application/msword', signature: 'ole' },
  xls: { mediaType: 'application/vnd.ms-excel', signature: 'ole' },
  png: { mediaType: 'image/png', signature: 'png' },
  jpg: { mediaType: 'image/jpeg', signature: 'jpeg' },
  jpeg: { mediaType: 'image/jpeg', signature: 'jpeg' },
  txt: { mediaType: 'text/plain', signature: 'text' },
  csv: { mediaType: 'text/csv', signature: 'text' },
};

const MAGIC: Record<Exclude<Signature, 'text'>, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
};

function hasSignature(content: Uint8Array, signature: Signature): boolean {
  if (signature === 'text') {
    if (content.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(content);
      return true;
    } catch {
      return false;
    }
  }
  return MAGIC[signature].every((byte, i) => content[i] === byte);
}

export const fileExtension = (filename: string): string => /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';

/** The media type of an acceptable document, or why it is refused. */
export function checkDocumentFile(filename: string, content: Uint8Array): { ok: true; mediaType: string } | { ok: false; reason: string } {
  const type = DOCUMENT_TYPES[fileExtension(filename)];
  if (!type) return { ok: false, reason: `only ${Object.keys(DOCUMENT_TYPES).join(', ')} files are accepted` };
  if (content.length === 0) return { ok: false, reason: 'the file is empty' };
  if (content.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: `the file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB` };
  if (!hasSignature(content, type.signature)) return { ok: false, reason: `the content is not a ${fileExtension(filename)} file` };
  return { ok: true, mediaType: type.mediaType };
}
