import { describe, expect, it } from 'vitest';
import { checkDocumentFile, MAX_DOCUMENT_BYTES } from './document-files';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkDocumentFile', () => {
  it('accepts a PDF by extension and content, and names its media type', () => {
    expect(checkDocumentFile('Minutes.PDF', bytes('%PDF-1.7\n…'))).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkDocumentFile('notes.txt', bytes('会议纪要'))).toEqual({ ok: true, mediaType: 'text/plain' });
  });

  it('refuses unknown extensions, content that does not match, empty and too large files', () => {
    expect(checkDocumentFile('run.exe', bytes('MZ'))).toMatchObject({ ok: false, reason: expect.stringContaining('only pdf') });
    expect(checkDocumentFile('fake.pdf', bytes('<html>'))).toEqual({ ok: false, reason: 'the content is not a pdf file' });
    expect(checkDocumentFile('binary.txt', new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ ok: false });
    expect(checkDocumentFile('empty.pdf', new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(bytes('%PDF-'));
    expect(checkDocumentFile('big.pdf', big)).toMatchObject({ ok: false, reason: expect.stringContaining('larger than 10 MiB') });
  });
});
