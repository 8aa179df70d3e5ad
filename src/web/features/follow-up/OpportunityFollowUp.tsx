import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Opportunity } from '../../../shared/api/index';
import { closedReasons } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { fieldText, requiredChoice } from '../../lib/form-values';
import { useMe } from '../accounts/session';
import { Interactions } from './Interactions';

const enc = encodeURIComponent;

/**
 * On an opportunity's page: its stage with publish / close for its editors, "Express interest"
 * for members, "put forward" for programme managers, and the interaction timeline.
 */
export function OpportunityFollowUp({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  const manager = user?.role === 'programme-manager' || user?.role === 'admin';
  const editor = manager || user?.role === 'partner-official';
  return (
    <>
      <section aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading">{t('followUp:stage')}</h2>
        <p data-testid="stage">
          {t(`followUp:stages.${opportunity.stage}`)}
          {opportunity.closedReason && <> · {t(`followUp:reasons.${opportunity.closedReason}`)}</>}
          {opportunity.partnerOrganisationId && (
            <>
              {' '}
              · <Link to={`/organisations/${enc(opportunity.partnerOrganisationId)}`}>{t('followUp:partnerLink')}</Link>
            </>
          )}
          {opportunity.expiresOn && (
            <>
              {' '}
              · {t('followUp:expiresOn')} {opportunity.expiresOn}
            </>
          )}
        </p>
        {editor && <Lifecycle opportunity={opportunity} />}
      </section>
      {user?.role === 'member' && opportunity.stage === 'published' && <ExpressInterest opportunityId={opportunity.id} />}
      {manager && opportunity.stage === 'published' && <PutForward opportunityId={opportunity.id} />}
      <Interactions links={{ opportunityId: opportunity.id }} />
    </>
  );
}

function useOpportunityAction<T>(send: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}

function Lifecycle({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const publish = useOpportunityAction(() => dataOf(api.POST('/api/opportunities/{id}/publish', { params: { path: { id: opportunity.id } } })));
  const close = useOpportunityAction((body: BodyOf<'/api/opportunities/{id}/close', 'post'>) =>
    dataOf(api.POST('/api/opportunities/{id}/close', { params: { path: { id: opportunity.id } }, body })),
  );
  return (
    <>
      {opportunity.stage !== 'published' && (
        <button type="button" onClick={() => publish.mutate()} disabled={publish.isPending}>
          {t('followUp:publish')}
        </button>
      )}
      {opportunity.stage === 'published' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            close.mutate({ reason: requiredChoice(data, 'reason', closedReasons), partnerOrganisationId: fieldText(data, 'partner') || null });
          }}
        >
          <label>
            {t('followUp:reason')}
            <select name="reason" defaultValue="partner-found">
              {closedReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`followUp:reasons.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('followUp:partner')}
            <input name="partner" />
          </label>
          <button type="submit" disabled={close.isPending}>
            {t('followUp:close')}
          </button>
        </form>
      )}
      {(publish.isError || close.isError) && <ErrorMessage error={publish.error ?? close.error} />}
    </>
  );
}

function ExpressInterest({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const send = useOpportunityAction((body: { message: string }) =>
    dataOf(api.POST('/api/opportunities/{id}/interest', { params: { path: { id: opportunityId } }, body })),
  );
  return (
    <section aria-labelledby="interest-heading">
      <h2 id="interest-heading">{t('followUp:expressInterest')}</h2>
      {send.isSuccess ? (
        <p role="status">{t('followUp:interestSent')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate({ message: String(new FormData(e.currentTarget).get('message')) });
          }}
        >
          <label>
            {t('followUp:interestMessage')}
            <textarea name="message" rows={3} required />
          </label>
          <button type="submit" disabled={send.isPending}>
            {t('followUp:expressInterest')}
          </button>
          {send.isError && <ErrorMessage error={send.error} />}
        </form>
      )}
    </section>
  );
}

function PutForward({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const send = useOpportunityAction((body: { organisationId: string; note: string }) =>
    dataOf(api.POST('/api/opportunities/{id}/put-forward', { params: { path: { id: opportunityId } }, body })),
  );
  return (
    <details>
      <summary>{t('followUp:putForward')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          send.mutate({ organisationId: String(data.get('organisationId')), note: String(data.get('note')) });
        }}
      >
        <label>
          {t('followUp:organisationId')}
          <input name="organisationId" required />
        </label>
        <label>
          {t('followUp:noteToOfficial')}
          <textarea name="note" rows={2} required />
        </label>
        <button type="submit" disabled={send.isPending}>
          {t('followUp:send')}
        </button>
        {send.isSuccess && <p role="status">{t('followUp:saved')}</p>}
        {send.isError && <ErrorMessage error={send.error} />}
      </form>
    </details>
  );
}
