// Documents of a project: files stored in the database, confidential like budgets.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildProject } from '../../../../test/factories';
import { en, useProjectsApp } from './projects.test-api';

const cast = useProjectsApp();

describe('project documents', () => {
  beforeAll(async () => {
    await buildProject(cast.t, { id: 'p-docs' });
  });
  const upload = (headers: AuthHeaders, filename: string, content: Buffer) =>
    cast.t.app.inject({
      headers,
      method: 'POST',
      url: '/api/projects/p-docs/documents',
      payload: { title: en('Minutes of the expert meeting'), category: 'A07', languages: ['en', 'zh'], filename, contentBase64: content.toString('base64') },
    });

  it('stores an uploaded document in the database, lists it and downloads it byte for byte', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 7)]);
    const res = await upload(cast.pm, '会议纪要 minutes.pdf', pdf);
    expect(res.statusCode).toBe(201);
    const document = res.json().documents.at(-1);
    expect(document).toMatchObject({ format: 'application/pdf', category: 'A07', languages: ['en', 'zh'] });
    expect(res.json().documentFiles).toContainEqual({
      documentId: document.id,
      filename: '会议纪要 minutes.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });

    const file = await cast.t.app.inject({ headers: cast.pm, url: `/api/projects/p-docs/documents/${document.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''%E4%BC%9A/);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    // The files are confidential like budgets: a member sees the document's title, not the file.
    expect((await cast.t.app.inject({ headers: cast.member, url: `/api/projects/p-docs/documents/${document.id}/file` })).statusCode).toBe(403);
    const memberView = (await cast.t.app.inject({ headers: cast.member, url: '/api/projects/p-docs' })).json();
    expect(memberView.documents.map((d: { id: string }) => d.id)).toContain(document.id);
    expect(memberView.documentFiles).toEqual([]);

    // The document can be the evidence of a delivered deliverable.
    const delivered = await cast.t.app.inject({
      headers: cast.pm,
      method: 'POST',
      url: '/api/projects/p-docs/deliverables/p-docs-dl1/delivered',
      payload: { evidence: [{ note: en('Minutes'), documentId: document.id }] },
    });
    expect(delivered.statusCode).toBe(200);
    const audit = await cast.t.app.inject({ headers: cast.admin, url: '/api/audit/project/p-docs' });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('document-upload');
  });

  it('refuses a file whose content is not its type, an unknown type, and visitors (nothing stored)', async () => {
    const fake = await upload(cast.pm, 'report.pdf', Buffer.from('<script>alert(1)</script>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().issues[0]).toEqual({ path: 'contentBase64', message: 'report.pdf: the content is not a pdf file' });
    expect((await upload(cast.pm, 'tool.exe', Buffer.from('MZ…'))).statusCode).toBe(400);
    expect((await upload(cast.member, 'notes.txt', Buffer.from('notes'))).statusCode).toBe(403);
    const files = (await cast.t.app.inject({ headers: cast.pm, url: '/api/projects/p-docs' })).json().documentFiles;
    expect(files.map((f: { filename: string }) => f.filename)).not.toContain('report.pdf');
    expect((await cast.t.app.inject({ url: '/api/projects/p-docs/documents/nope/file' })).statusCode).toBe(401);
  });
});
