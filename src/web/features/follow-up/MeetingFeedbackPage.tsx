import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { feedbackAnswers, leadOutcomeKinds } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { fieldText, requiredChoice } from '../../lib/form-values';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { MeetingLeadActions } from './MeetingLeadActions';

const enc = encodeURIComponent;

/** The link from a meeting in a delegate's agenda to the feedback page. */
export function MeetingFeedbackLink({
  eventId,
  requestId,
  registrationId,
  organisationId,
}: {
  eventId: string;
  requestId: string;
  registrationId: string;
  organisationId: string;
}) {
  const { t } = useTranslation();
  return (
    <Link to={`/events/${enc(eventId)}/meetings/${enc(requestId)}/feedback?registration=${enc(registrationId)}&organisation=${enc(organisationId)}`}>
      {t('followUp:giveFeedback')}
    </Link>
  );
}

/** After a meeting, one side answers in their language; then an agreement or project may be recorded. */
export function MeetingFeedbackPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('followUp:feedback'));
  const { eventId = '', requestId = '' } = useParams();
  const [search] = useSearchParams();
  const registrationId = search.get('registration') ?? '';
  const organisationId = search.get('organisation') ?? '';
  const user = useMe().data?.user;
  const matches = useQuery({
    queryKey: ['matches', 'organisation', organisationId, lang],
    queryFn: () => dataOf(api.GET('/api/organisations/{id}/matches', { params: { path: { id: organisationId }, query: { lang } } })),
    enabled: !!user && !!organisationId,
    retry: false,
  });
  const answer = useMutation({
    mutationFn: (body: Omit<BodyOf<'/api/events/{id}/meetings/{requestId}/feedback', 'post'>, 'registrationId'>) =>
      dataOf(api.POST('/api/events/{id}/meetings/{requestId}/feedback', { params: { path: { id: eventId, requestId } }, body: { registrationId, ...body } })),
  });
  if (!user) return <p>{t('followUp:signIn')}</p>;
  return (
    <article>
      <h1>{t('followUp:feedback')}</h1>
      <MeetingLeadActions eventId={eventId} requestId={requestId} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          answer.mutate({
            answer: requiredChoice(data, 'answer', feedbackAnswers),
            note: fieldText(data, 'note') || null,
            matchId: fieldText(data, 'matchId') || null,
          });
        }}
      >
        <fieldset>
          <legend>{t('followUp:feedbackQuestion')}</legend>
          {feedbackAnswers.map((a, i) => (
            <label key={a}>
              <input type="radio" name="answer" value={a} defaultChecked={i === 0} /> {t(`programmeReport:answers.${a}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('followUp:note')}
          <textarea name="note" rows={3} />
        </label>
        {matches.data && matches.data.items.length > 0 && (
          <label>
            {t('followUp:match')}
            <select name="matchId" defaultValue="">
              <option value="">{t('followUp:noMatch')}</option>
              {matches.data.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.opportunityTitle}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={answer.isPending}>
          {t('followUp:send')}
        </button>
        {answer.isSuccess && <p role="status">{t('followUp:answerSaved')}</p>}
        {answer.isError && <ErrorMessage error={answer.error} />}
      </form>
      {answer.isSuccess && <LeadOutcomeForm requestId={requestId} />}
    </article>
  );
}

/** Records an agreement (MoU, letter of intent, contract) or a project that came from this meeting. */
function LeadOutcomeForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const record = useMutation({
    mutationFn: (body: BodyOf<'/api/follow-up/outcomes', 'post'>) => dataOf(api.POST('/api/follow-up/outcomes', { body: { ...body, requestId } })),
  });
  return (
    <section aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t('followUp:recordOutcome')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          record.mutate({
            kind: requiredChoice(data, 'kind', leadOutcomeKinds),
            title: fieldText(data, 'title'),
            signedOn: fieldText(data, 'signedOn'),
            projectId: fieldText(data, 'projectId') || null,
          });
        }}
      >
        <label>
          {t('followUp:kind')}
          <select name="kind" defaultValue="mou">
            {leadOutcomeKinds.map((k) => (
              <option key={k} value={k}>
                {t(`followUp:outcomeKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('followUp:outcomeTitle')}
          <input name="title" required />
        </label>
        <label>
          {t('followUp:signedOn')}
          <input type="date" name="signedOn" defaultValue={new Date().toISOString().slice(0, 10)} required />
        </label>
        <label>
          {t('followUp:projectId')}
          <input name="projectId" />
        </label>
        <button type="submit" disabled={record.isPending}>
          {t('followUp:record')}
        </button>
        {record.isSuccess && <p role="status">{t('followUp:recorded')}</p>}
        {record.isError && <ErrorMessage error={record.error} />}
      </form>
    </section>
  );
}
