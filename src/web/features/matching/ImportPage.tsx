import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';
import { base64Of } from '../../lib/file-base64';
import { ImportProblems } from './ImportProblems';
import { usePageTitle } from '../../lib/use-page-title';

/** Upload → column mapping → every problem by row and column → import all or nothing, with progress. */
export function ImportPage() {
  const { t: tm } = useTranslation();
  usePageTitle(tm('matching:imports.title'));
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'organisations' | 'opportunities'>('organisations');
  const [file, setFile] = useState<File | null>(null);
  const [id, setId] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async () => dataOf(api.POST('/api/imports', { body: { kind, filename: file!.name, contentBase64: await base64Of(file!) } })),
    onSuccess: (preview) => setId(preview.id),
  });
  const preview = useQuery({
    queryKey: ['imports', id],
    queryFn: () => dataOf(api.GET('/api/imports/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.state === 'analysing' || q.state.data?.state === 'committing' ? 500 : false),
  });
  const committing = preview.data?.state === 'committing';
  const progress = useQuery({
    queryKey: ['imports', id, 'progress'],
    queryFn: () => dataOf(api.GET('/api/imports/{id}/progress', { params: { path: { id: id! } } })),
    enabled: !!id && committing,
    refetchInterval: 500,
  });
  const remap = useMutation({
    mutationFn: (mapping: Record<string, string>) => dataOf(api.PUT('/api/imports/{id}/mapping', { params: { path: { id: id! } }, body: { mapping } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports', id] }),
  });
  const commit = useMutation({
    mutationFn: () => dataOf(api.POST('/api/imports/{id}/commit', { params: { path: { id: id! } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports', id] }),
  });
  const p = preview.data;
  return (
    <section>
      <h1>{tm('matching:imports.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate();
        }}
      >
        <label>
          {tm('matching:imports.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="organisations">{tm('matching:imports.kinds.organisations')}</option>
            <option value="opportunities">{tm('matching:imports.kinds.opportunities')}</option>
          </select>
        </label>{' '}
        <label>
          {tm('matching:imports.file')} <input type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>{' '}
        <button type="submit" disabled={!file || upload.isPending}>
          {tm('matching:imports.upload')}
        </button>
      </form>
      {upload.isError && <ErrorMessage error={upload.error} />}
      {p && p.state === 'analysing' && <p role="status">{tm('matching:imports.checking')}</p>}
      {p && p.state !== 'analysing' && (
        <>
          <p>
            {p.filename}: {p.counts.rows} {tm('matching:imports.rows')}
          </p>
          {p.mappingReused && p.state !== 'committed' && (
            <p role="status">
              {tm('matching:imports.mappingReused')}{' '}
              <button type="button" onClick={() => remap.mutate(p.mapping)} disabled={remap.isPending}>
                {tm('matching:imports.confirmMapping')}
              </button>
            </p>
          )}
          <details open={p.mappingReused}>
            <summary>{tm('matching:imports.mapping')}</summary>
            <table>
              <thead>
                <tr>
                  <th>{tm('matching:imports.field')}</th>
                  <th>{tm('matching:imports.column')}</th>
                </tr>
              </thead>
              <tbody>
                {p.fields.map((field) => (
                  <tr key={field}>
                    <td>
                      {field}
                      {p.required.includes(field) && ' *'}
                    </td>
                    <td>
                      <select
                        aria-label={field}
                        value={p.mapping[field] ?? ''}
                        disabled={remap.isPending || committing || p.state === 'committed'}
                        onChange={(e) => {
                          const mapping = { ...p.mapping };
                          if (e.target.value) mapping[field] = e.target.value;
                          else delete mapping[field];
                          remap.mutate(mapping);
                        }}
                      >
                        <option value="">—</option>
                        {p.headers.map((h) => (
                          <option key={h} value={h}>
                            {h}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {p.problems.length > 0 && (
            <>
              <h2>{tm('matching:imports.problems')}</h2>
              <ImportProblems problems={p.problems} />
            </>
          )}
          {p.state === 'ready' && (
            <p>
              {tm('matching:imports.ready')}{' '}
              <button type="button" onClick={() => commit.mutate()} disabled={commit.isPending || p.mappingReused}>
                {tm('matching:imports.commit')}
              </button>
            </p>
          )}
          {committing && (
            <p role="status">
              {tm('matching:imports.committing')} <progress max={progress.data?.total || 1} value={progress.data?.done ?? 0} />
            </p>
          )}
          {p.state === 'committed' && (
            <p role="status">
              {tm('matching:imports.committed')}: {p.counts.created} {tm('matching:imports.rows')}
            </p>
          )}
          {p.state === 'failed' && (
            <p role="alert">
              {tm('matching:imports.failed')}: {p.error}
            </p>
          )}
          {commit.isError && <ErrorMessage error={commit.error} />}
        </>
      )}
    </section>
  );
}
