import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmDeleteButton';
import type { ProjectView } from '../../../core/projects/api';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../../shared/document-files';
import { type Language, LANGUAGES, type ProjectDocument } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { displayName } from '../../lib/format';
import { FormProblem } from './FormProblem';
import { projectPath, useProjectChange, useText, withLanguage } from './project-data';

const ACCEPT = Object.keys(DOCUMENT_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');
/** The IATI DocumentCategory codes offered on upload (each labelled in projects:categories); imported files may carry others. */
const UPLOAD_CATEGORIES = ['A01', 'A02', 'A04', 'A05', 'A07', 'A09', 'A10', 'A11', 'A12'] as const;

/** The file as base64 (the API takes JSON). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsDataURL(file);
  });
}

/** The project's documents with downloads of the stored files; programme managers upload. */
export function DocumentsSection({ project, manages }: { project: ProjectView; manages: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const files = new Map(project.documentFiles.map((f) => [f.documentId, f]));
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('projects:documents')}</h2>
      {project.documents.length === 0 ? (
        <p>{t('projects:noDocuments')}</p>
      ) : (
        <ul className="text-list">
          {project.documents.map((d) => {
            const file = files.get(d.id);
            return (
              <li key={d.id}>
                {text(d.title)}{' '}
                <span className="muted">
                  ({t(`projects:categories.${d.category}`, { defaultValue: d.category })}
                  {d.date ? `, ${d.date}` : ''})
                </span>{' '}
                {file && (
                  <a href={`/api${projectPath(project.id)}/documents/${encodeURIComponent(d.id)}/file`} download={file.filename}>
                    {t('projects:download')} {file.filename} ({Math.ceil(file.size / 1024)} kB)
                  </a>
                )}
                {!file && d.url && <a href={d.url}>{d.url}</a>}
                {manages && <DeleteDocument project={project} document={d} />}
              </li>
            );
          })}
        </ul>
      )}
      {manages && <UploadForm project={project} />}
    </section>
  );
}

function UploadForm({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('A07');
  const [languages, setLanguages] = useState<Language[]>([lang]);
  const [tooLarge, setTooLarge] = useState(false);
  const [form, setForm] = useState(0);
  const change = useProjectChange(
    project.id,
    async () => {
      if (!file) throw new Error(t('projects:file'));
      const contentBase64 = await readBase64(file);
      return dataOf(
        api.POST('/api/projects/{id}/documents', {
          params: { path: { id: project.id } },
          body: {
            title: withLanguage(lang, title || file.name),
            category,
            languages,
            filename: file.name,
            contentBase64,
          },
        }),
      );
    },
    () => {
      setFile(null);
      setTitle('');
      setForm((n) => n + 1); // a fresh file input
    },
  );
  return (
    <form
      key={form}
      className="entity-form upload-form"
      aria-labelledby="upload-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (file && file.size <= MAX_DOCUMENT_BYTES) change.mutate(undefined);
      }}
    >
      <h3 id="upload-heading">{t('projects:uploadDocument')}</h3>
      <div className="field">
        <label htmlFor="document-file">{t('projects:file')}</label>
        <p className="field-hint" id="document-file-hint">
          {t('projects:fileHint')}
        </p>
        <input
          id="document-file"
          type="file"
          accept={ACCEPT}
          required
          aria-describedby="document-file-hint"
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            setTooLarge(!!chosen && chosen.size > MAX_DOCUMENT_BYTES);
          }}
        />
        {tooLarge && <p className="field-error">{t('projects:tooLarge')}</p>}
      </div>
      <div className="field">
        <label htmlFor="document-title">{t('projects:documentTitle')}</label>
        <input id="document-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="document-category">{t('projects:category')}</label>
        <select id="document-category" value={category} onChange={(e) => setCategory(e.target.value)}>
          {UPLOAD_CATEGORIES.map((code) => (
            <option key={code} value={code}>
              {t(`projects:categories.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('projects:documentLanguages')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} className="inline-choice">
            <input
              type="checkbox"
              checked={languages.includes(l)}
              onChange={() => setLanguages(languages.includes(l) ? languages.filter((x) => x !== l) : [...languages, l])}
            />{' '}
            {displayName(l, 'language', lang)}
          </label>
        ))}
      </fieldset>
      <FormProblem error={change.error} />
      <button type="submit" className="primary" disabled={change.isPending || tooLarge}>
        {t('projects:upload')}
      </button>
    </form>
  );
}

/** Delete asks first (the shared confirmation); the API refuses (409) a document that is evidence. */
function DeleteDocument({ project, document }: { project: ProjectView; document: ProjectDocument }) {
  const { t } = useTranslation();
  const text = useText();
  // The API answers the delete with the project without the document.
  const change = useProjectChange(project.id, () =>
    dataOf(api.DELETE('/api/projects/{id}/documents/{documentId}', { params: { path: { id: project.id, documentId: document.id } } })),
  );
  const name = text(document.title);
  return (
    <span className="document-delete">
      <ConfirmButton
        size="compact-sm"
        variant="light"
        color="red"
        busy={change.isPending}
        aria-label={`${t('projects:deleteDocument')}: ${name}`}
        confirm={{
          title: t('projects:confirm.deleteDocumentTitle', { name }),
          message: t('projects:confirm.deleteDocument'),
          confirmLabel: t('common.confirmDeleteYes'),
          onConfirm: () => change.mutate(undefined),
        }}
      >
        {t('projects:deleteDocument')}
      </ConfirmButton>
      <FormProblem error={change.error} />
    </span>
  );
}
