import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { decodeXmlFile } from '../../../core/iati/xml-decode';
import { api, ApiRequestError, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { FormProblem } from './FormProblem';
import { useText } from './project-data';

/** Choose an IATI file → preview (nothing written) with every warning and its place → import. */
export function IatiImportPage() {
  const { t } = useTranslation();
  const text = useText();
  const queryClient = useQueryClient();
  usePageTitle(t('projects:importIati'));
  const place = (line: number, column: number | undefined) =>
    column === undefined ? t('projects:line', { line }) : t('projects:lineColumn', { line, column });
  const [xml, setXml] = useState<string | null>(null);
  // A file in an encoding we cannot read (or with invalid bytes) is refused here, with its place.
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);
  const send = useMutation({
    mutationFn: (dryRun: boolean) => dataOf(api.POST('/api/projects/import/iati', { body: { xml: xml ?? '', dryRun, replace } })),
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
  const result = send.data;
  const malformed = send.error instanceof ApiRequestError && send.error.issues.some((i) => i.path.startsWith('xml (line'));
  return (
    <section>
      <h1>{t('projects:importIati')}</h1>
      <form
        className="entity-form"
        onSubmit={(event) => {
          event.preventDefault();
          send.mutate(true);
        }}
      >
        <div className="field">
          <label htmlFor="iati-file">{t('projects:iatiFile')}</label>
          <input
            id="iati-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            required
            onChange={async (e) => {
              send.reset();
              const file = e.target.files?.[0];
              setUnreadable(null);
              setXml(null);
              if (!file) return;
              // Decoded like the command line does: UTF-8, UTF-16 or the encoding the declaration names.
              try {
                setXml(decodeXmlFile(new Uint8Array(await file.arrayBuffer())));
              } catch (error) {
                setUnreadable(error instanceof Error ? error.message : String(error));
              }
            }}
          />
        </div>
        <label className="inline-choice">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('projects:replaceExisting')}
        </label>
        <button type="submit" className="primary" disabled={!xml || send.isPending}>
          {t('projects:preview')}
        </button>
      </form>
      {malformed && <p className="field-error">{t('projects:malformed')}</p>}
      {unreadable && (
        <p className="field-error" role="alert">
          {t('projects:unreadableFile')} ({unreadable})
        </p>
      )}
      <FormProblem error={send.error} />
      {result && (
        <section aria-labelledby="iati-result-heading" className="iati-preview">
          <h2 id="iati-result-heading">{result.dryRun ? t('projects:previewTitle') : t('projects:importedTitle')}</h2>
          <ul className="text-list">
            {result.projects.map((p) => (
              <li key={p.iatiIdentifier}>
                {result.dryRun ? text(p.title) : <Link to={`/projects/${encodeURIComponent(p.id)}`}>{text(p.title)}</Link>} <code>{p.iatiIdentifier}</code> —{' '}
                {p.action === 'create' ? t('projects:willCreate') : t('projects:willReplace')}
              </li>
            ))}
          </ul>
          <h3>{t('projects:warnings', { count: result.warnings.length })}</h3>
          {result.warnings.length > 0 && (
            <div className="table-scroll" role="region" aria-label={t('projects:warnings', { count: result.warnings.length })} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('projects:where')}</th>
                    <th scope="col">{t('projects:message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.warnings.map((w, i) => (
                    <tr key={i}>
                      <td>
                        {w.line !== undefined && <>{place(w.line, w.column)} · </>}
                        <code>{w.path}</code>
                      </td>
                      <td>{w.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('projects:findings', { count: result.findings.length })}</h3>
          {result.findings.length > 0 && (
            <div className="table-scroll" role="region" aria-label={t('projects:findings', { count: result.findings.length })} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('projects:where')}</th>
                    <th scope="col">{t('projects:findingRule')}</th>
                    <th scope="col">{t('projects:message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.findings.map((f, i) => (
                    <tr key={i}>
                      <td>
                        {f.line !== undefined && <>{place(f.line, f.column)} · </>}
                        {f.activity && <code>{f.activity}</code>} {f.element && <code>{f.element}</code>}
                      </td>
                      <td>
                        {f.severity === 'error' ? t('projects:findingError') : t('projects:findingWarning')} <code>{f.rule}</code>
                      </td>
                      <td>{f.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.dryRun && (
            <button type="button" className="primary" disabled={send.isPending} onClick={() => send.mutate(false)}>
              {t('projects:confirmImport')}
            </button>
          )}
        </section>
      )}
    </section>
  );
}
