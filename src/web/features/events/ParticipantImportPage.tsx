import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Language, ParticipantImportPreview } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotAllowed } from '../../components/NotAllowed';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { base64Of } from '../../lib/file-base64';
import { displayName } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { ImportProblems } from '../matching/ImportProblems';
import { formatImportProblem } from '../matching/import-problem';
import { isOrganiser } from './EventListPage';
import { enc, useEvent } from './event-queries';

type Preview = ParticipantImportPreview;
type Problem = Preview['problems'][number];

const fieldKeys = new Set(['name', 'nameZh', 'email', 'organisation', 'organisationId', 'country', 'language', 'languages', 'attendance']);
const fieldLabel = (field: string, t: TFunction) => (fieldKeys.has(field) ? t(`eventParticipants:columns.${field}`) : field);

/** A problem in the reader's words: field names and allowed values from the catalogue, not the API's keys. */
function participantProblem(problem: Problem, t: TFunction, lang: Language): string {
  const params = { ...problem.params };
  const field = typeof params.field === 'string' ? params.field : '';
  if (field) params.field = fieldLabel(field, t);
  if (Array.isArray(params.allowed)) {
    params.allowed = params.allowed.map((v) =>
      field === 'attendance' ? t(`events:attendanceModes.${String(v)}`) : field === 'language' ? displayName(String(v), 'language', lang) : String(v),
    );
  }
  return formatImportProblem({ ...problem, params }, t);
}

/** `/events/:id/participants/import`: the organiser's file of participants, checked, then imported all or nothing. */
export function ParticipantImportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const event = useEvent(id);
  usePageTitle(event.data ? `${t('eventParticipants:import.title')}: ${event.data.title}` : t('eventParticipants:import.title'));
  const [file, setFile] = useState<File | null>(null);
  const body = async () => ({ filename: file!.name, contentBase64: await base64Of(file!) });
  const preview = useMutation({
    mutationFn: async () => dataOf(api.POST('/api/events/{id}/participant-imports/preview', { params: { path: { id } }, body: await body() })),
  });
  const commit = useMutation({
    mutationFn: async () => dataOf(api.POST('/api/events/{id}/participant-imports', { params: { path: { id } }, body: await body() })),
  });
  // Signed out (null) or not an organiser: the refusal, not a form whose upload would fail.
  if (me.data !== undefined && !isOrganiser(me.data?.user.role))
    return <NotAllowed title={t('eventParticipants:import.title')} backTo={`/events/${enc(id)}`} />;
  const p = preview.data;
  return (
    <QueryView query={event}>
      {(e) => (
        <section className="participant-import">
          <h1>
            {t('eventParticipants:import.title')}: <Link to={`/events/${enc(e.id)}`}>{e.title}</Link>
          </h1>
          <p>{t('eventParticipants:import.intro')}</p>
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              commit.reset();
              if (file) preview.mutate();
            }}
          >
            <label>
              {t('eventParticipants:import.file')}{' '}
              <input
                type="file"
                accept=".csv,.xlsx"
                onChange={(ev) => {
                  setFile(ev.target.files?.[0] ?? null);
                  preview.reset();
                  commit.reset();
                }}
              />
            </label>{' '}
            <button type="submit" disabled={!file || preview.isPending}>
              {preview.isPending ? t('eventParticipants:import.checking') : t('eventParticipants:import.check')}
            </button>
          </form>
          {preview.isError && <ErrorMessage error={preview.error} withIssues />}
          {p && !commit.isSuccess && (
            <>
              <p>
                {p.filename}: {t('eventParticipants:import.rows', { count: p.rows })}
              </p>
              {p.ignoredColumns.length > 0 && <p>{t('eventParticipants:import.ignored', { columns: p.ignoredColumns.join(t('errors:listSeparator')) })}</p>}
              {Object.keys(p.questionColumns).length > 0 && (
                <p>{t('eventParticipants:import.questions', { columns: Object.values(p.questionColumns).join(t('errors:listSeparator')) })}</p>
              )}
              {p.problems.length > 0 ? (
                <div className="event-table-scroll" role="region" aria-label={t('eventParticipants:import.problems')} tabIndex={0}>
                  <h2>{t('eventParticipants:import.problems')}</h2>
                  <ImportProblems
                    problems={p.problems}
                    column={(problem) => (problem.row === 1 ? fieldLabel(problem.column, t) : problem.column)}
                    message={(problem) => participantProblem(problem, t, lang)}
                  />
                </div>
              ) : (
                <>
                  <p role="status">
                    {t('eventParticipants:import.noProblems')}{' '}
                    {t('eventParticipants:import.summary', {
                      registered: p.counts.registered,
                      waitlisted: p.counts.waitlisted,
                      reused: p.counts.reusedOrganisations,
                      created: p.counts.newOrganisations,
                    })}
                  </p>
                  <div className="event-table-scroll" role="region" aria-label={t('eventParticipants:import.participant')} tabIndex={0}>
                    <table className="import-participants">
                      <thead>
                        <tr>
                          <th scope="col">{t('eventParticipants:import.row')}</th>
                          <th scope="col">{t('eventParticipants:import.participant')}</th>
                          <th scope="col">{t('eventParticipants:import.organisation')}</th>
                          <th scope="col">{t('eventParticipants:columns.attendance')}</th>
                          <th scope="col">{t('eventParticipants:import.result')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {p.participants.map((x) => (
                          <tr key={x.row}>
                            <td>{x.row}</td>
                            <td>
                              {x.delegateName}
                              <br />
                              <small>{x.delegateEmail}</small>
                            </td>
                            <td>
                              {x.organisationName} (
                              {t(x.organisationId ? 'eventParticipants:import.organisationReused' : 'eventParticipants:import.organisationNew')})
                            </td>
                            <td>{t(`events:attendanceModes.${x.attendance}`)}</td>
                            <td>{t(`eventParticipants:statuses.${x.status}`)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <button type="button" onClick={() => commit.mutate()} disabled={commit.isPending}>
                    {commit.isPending ? t('eventParticipants:import.committing') : t('eventParticipants:import.commit', { count: p.participants.length })}
                  </button>
                </>
              )}
            </>
          )}
          {commit.isError && <ErrorMessage error={commit.error} />}
          {commit.data && (
            <p role="status">
              {t('eventParticipants:import.done', { registered: commit.data.registered, waitlisted: commit.data.waitlisted })}{' '}
              <Link to={`/events/${enc(e.id)}/dashboard`}>{t('eventParticipants:import.back')}</Link>
            </p>
          )}
        </section>
      )}
    </QueryView>
  );
}
