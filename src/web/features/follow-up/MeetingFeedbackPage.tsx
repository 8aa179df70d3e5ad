import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { feedbackAnswers, leadOutcomeKinds, type MatchItem } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { useFollowUpTexts } from './texts';

const enc = encodeURIComponent;

/** The link from a meeting in a delegate's agenda to the feedback page. */
export function MeetingFeedbackLink({ eventId, requestId, registrationId, organisationId }: { eventId: string; requestId: string; registrationId: string; organisationId: string }) {
  const tx = useFollowUpTexts();
  return (
    <Link to={`/events/${enc(eventId)}/meetings/${enc(requestId)}/feedback?registration=${enc(registrationId)}&organisation=${enc(organisationId)}`}>{tx.giveFeedback}</Link>
  );
}

/** After a meeting, one side answers in their language; then an agreement or project may be recorded. */
export function MeetingFeedbackPage() {
  const tx = useFollowUpTexts();
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(tx.feedback);
  const { eventId = '', requestId = '' } = useParams();
  const [search] = useSearchParams();
  const registrationId = search.get('registration') ?? '';
  const organisationId = search.get('organisation') ?? '';
  const user = useMe().data?.user;
  const matches = useQuery({
    queryKey: ['matches', 'organisation', organisationId, lang],
    queryFn: () => api.get<{ items: MatchItem[] }>(`/organisations/${enc(organisationId)}/matches`, { lang }),
    enabled: !!user && !!organisationId,
    retry: false,
  });
  const answer = useMutation({
    mutationFn: (body: { answer: string; note: string | null; matchId: string | null }) =>
      api.post(`/events/${enc(eventId)}/meetings/${enc(requestId)}/feedback`, { registrationId, ...body }),
  });
  if (!user) return <p>{tx.signIn}</p>;
  return (
    <article>
      <h1>{tx.feedback}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          answer.mutate({ answer: String(data.get('answer')), note: String(data.get('note') ?? '') || null, matchId: String(data.get('matchId') ?? '') || null });
        }}
      >
        <fieldset>
          <legend>{tx.feedbackQuestion}</legend>
          {feedbackAnswers.map((a, i) => (
            <label key={a}>
              <input type="radio" name="answer" value={a} defaultChecked={i === 0} /> {t(`programmeReport:answers.${a}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {tx.note}
          <textarea name="note" rows={3} />
        </label>
        {matches.data && matches.data.items.length > 0 && (
          <label>
            {tx.match}
            <select name="matchId" defaultValue="">
              <option value="">{tx.noMatch}</option>
              {matches.data.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.opportunityTitle}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={answer.isPending}>
          {tx.send}
        </button>
        {answer.isSuccess && <p role="status">{tx.answerSaved}</p>}
        {answer.isError && <ErrorMessage error={answer.error} />}
      </form>
      {answer.isSuccess && <LeadOutcomeForm requestId={requestId} />}
    </article>
  );
}

/** Records an agreement (MoU, letter of intent, contract) or a project that came from this meeting. */
function LeadOutcomeForm({ requestId }: { requestId: string }) {
  const tx = useFollowUpTexts();
  const record = useMutation({ mutationFn: (body: Record<string, string | null>) => api.post('/follow-up/outcomes', { ...body, requestId }) });
  return (
    <section aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{tx.recordOutcome}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          record.mutate({ kind: String(data.get('kind')), title: String(data.get('title')), signedOn: String(data.get('signedOn')), projectId: String(data.get('projectId') ?? '') || null });
        }}
      >
        <label>
          {tx.kind}
          <select name="kind" defaultValue="mou">
            {leadOutcomeKinds.map((k) => (
              <option key={k} value={k}>
                {tx.outcomeKinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tx.outcomeTitle}
          <input name="title" required />
        </label>
        <label>
          {tx.signedOn}
          <input type="date" name="signedOn" defaultValue={new Date().toISOString().slice(0, 10)} required />
        </label>
        <label>
          {tx.projectId}
          <input name="projectId" />
        </label>
        <button type="submit" disabled={record.isPending}>
          {tx.record}
        </button>
        {record.isSuccess && <p role="status">{tx.recorded}</p>}
        {record.isError && <ErrorMessage error={record.error} />}
      </form>
    </section>
  );
}
