import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { matchStatuses, type MatchItem, type MatchStatus } from '../../../shared/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { useMe } from '../accounts/session';
import { RecomputeStatus } from './RecomputeStatus';

const enc = encodeURIComponent;

/** On an opportunity's page: the organisations that could address it, explained in the UI language. */
export function OpportunityMatches({ opportunityId }: { opportunityId: string }) {
  return <MatchesPanel side="opportunity" id={opportunityId} />;
}

/** On an organisation's page: the opportunities that fit it. */
export function OrganisationMatches({ organisationId }: { organisationId: string }) {
  return <MatchesPanel side="organisation" id={organisationId} />;
}

function MatchesPanel({ side, id }: { side: 'opportunity' | 'organisation'; id: string }) {
  const { t: tm } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const user = me.data?.user;
  const matches = useQuery({
    queryKey: ['matches', side, id, lang],
    queryFn: () => {
      const params = { path: { id }, query: { lang } };
      return dataOf(side === 'opportunity' ? api.GET('/api/opportunities/{id}/matches', { params }) : api.GET('/api/organisations/{id}/matches', { params }));
    },
    enabled: !!user,
  });
  const manager = user?.role === 'programme-manager' || user?.role === 'admin';
  if (side === 'organisation' && user && !manager && user.organisationId !== id) return null;
  return (
    <section className="matches" aria-labelledby="matches-heading">
      <h2 id="matches-heading">{side === 'opportunity' ? tm('matching:panel.matches') : tm('matching:panel.opportunities')}</h2>
      {manager && <RecomputeStatus />}
      {!user ? (
        <p>{tm('matching:panel.signIn')}</p>
      ) : matches.isError ? (
        <ErrorMessage error={matches.error} />
      ) : !matches.data ? null : matches.data.items.length === 0 ? (
        <p>{tm('matching:panel.none')}</p>
      ) : (
        <ol className="match-list">
          {matches.data.items.map((m) => (
            <MatchRow key={m.id} match={m} side={side} editable={manager} />
          ))}
        </ol>
      )}
    </section>
  );
}

function MatchRow({ match: m, side, editable }: { match: MatchItem; side: 'opportunity' | 'organisation'; editable: boolean }) {
  const { t: tm } = useTranslation();
  return (
    <li className={`match match-${m.status}`} data-testid="match">
      <p>
        {side === 'opportunity' ? (
          <Link to={`/organisations/${enc(m.organisationId)}`}>{m.organisationName}</Link>
        ) : (
          <Link to={`/opportunities/${enc(m.opportunityId)}`}>{m.opportunityTitle}</Link>
        )}{' '}
        · {tm('matching:panel.score')} {Math.round(m.score * 100)}% · <span className="status">{tm(`matching:status.${m.status}`)}</span>
        {!m.current && <> · {tm('matching:panel.notCurrent')}</>}
      </p>
      <p className="match-explanation">
        <span className="visually-hidden">{tm('matching:panel.why')}: </span>
        {m.explanation.text}
      </p>
      {m.explanation.concepts.length > 0 && (
        <ul className="tags">
          {m.explanation.concepts.map((c) => (
            <li key={c.conceptId} className="tag">
              {c.label}
            </li>
          ))}
        </ul>
      )}
      {editable && <StatusForm match={m} />}
    </li>
  );
}

function StatusForm({ match: m }: { match: MatchItem }) {
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<MatchStatus>(m.status);
  const [note, setNote] = useState(m.note ?? '');
  const save = useMutation({
    mutationFn: () => dataOf(api.PUT('/api/matches/{id}', { params: { path: { id: m.id } }, body: { status, note: note.trim() || null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['matches'] }),
  });
  return (
    <form
      className="match-status"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <label>
        {tm('matching:panel.status')}{' '}
        <select style={{ width: 'auto', display: 'inline-block' }} value={status} onChange={(e) => setStatus(e.target.value as MatchStatus)}>
          {matchStatuses.map((s) => (
            <option key={s} value={s}>
              {tm(`matching:status.${s}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {tm('matching:panel.note')} <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
      </label>{' '}
      <button type="submit" disabled={save.isPending}>
        {tm('matching:panel.save')}
      </button>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
