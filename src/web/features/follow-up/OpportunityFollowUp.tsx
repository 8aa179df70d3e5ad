import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Opportunity } from '../../../shared/api/index';
import { closedReasons } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api-client';
import { useMe } from '../accounts/session';
import { Interactions } from './Interactions';
import { useFollowUpTexts } from './texts';

const enc = encodeURIComponent;

/**
 * On an opportunity's page: its stage with publish / close for its editors, "Express interest"
 * for members, "put forward" for programme managers, and the interaction timeline.
 */
export function OpportunityFollowUp({ opportunity }: { opportunity: Opportunity }) {
  const tx = useFollowUpTexts();
  const user = useMe().data?.user;
  const manager = user?.role === 'programme-manager' || user?.role === 'admin';
  const editor = manager || user?.role === 'partner-official';
  return (
    <>
      <section aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading">{tx.stage}</h2>
        <p data-testid="stage">
          {tx.stages[opportunity.stage]}
          {opportunity.closedReason && <> · {tx.reasons[opportunity.closedReason]}</>}
          {opportunity.partnerOrganisationId && (
            <>
              {' '}
              · <Link to={`/organisations/${enc(opportunity.partnerOrganisationId)}`}>{tx.partnerLink}</Link>
            </>
          )}
          {opportunity.expiresOn && (
            <>
              {' '}
              · {tx.expiresOn} {opportunity.expiresOn}
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

function useOpportunityAction<T>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api.post(path, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}

function Lifecycle({ opportunity }: { opportunity: Opportunity }) {
  const tx = useFollowUpTexts();
  const publish = useOpportunityAction<object>(`/opportunities/${enc(opportunity.id)}/publish`);
  const close = useOpportunityAction<{ reason: string; partnerOrganisationId: string | null }>(`/opportunities/${enc(opportunity.id)}/close`);
  return (
    <>
      {opportunity.stage !== 'published' && (
        <button type="button" onClick={() => publish.mutate({})} disabled={publish.isPending}>
          {tx.publish}
        </button>
      )}
      {opportunity.stage === 'published' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            close.mutate({ reason: String(data.get('reason')), partnerOrganisationId: String(data.get('partner') ?? '') || null });
          }}
        >
          <label>
            {tx.reason}
            <select name="reason" defaultValue="partner-found">
              {closedReasons.map((r) => (
                <option key={r} value={r}>
                  {tx.reasons[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tx.partner}
            <input name="partner" />
          </label>
          <button type="submit" disabled={close.isPending}>
            {tx.close}
          </button>
        </form>
      )}
      {(publish.isError || close.isError) && <ErrorMessage error={publish.error ?? close.error} />}
    </>
  );
}

function ExpressInterest({ opportunityId }: { opportunityId: string }) {
  const tx = useFollowUpTexts();
  const send = useOpportunityAction<{ message: string }>(`/opportunities/${enc(opportunityId)}/interest`);
  return (
    <section aria-labelledby="interest-heading">
      <h2 id="interest-heading">{tx.expressInterest}</h2>
      {send.isSuccess ? (
        <p role="status">{tx.interestSent}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate({ message: String(new FormData(e.currentTarget).get('message')) });
          }}
        >
          <label>
            {tx.interestMessage}
            <textarea name="message" rows={3} required />
          </label>
          <button type="submit" disabled={send.isPending}>
            {tx.expressInterest}
          </button>
          {send.isError && <ErrorMessage error={send.error} />}
        </form>
      )}
    </section>
  );
}

function PutForward({ opportunityId }: { opportunityId: string }) {
  const tx = useFollowUpTexts();
  const send = useOpportunityAction<{ organisationId: string; note: string }>(`/opportunities/${enc(opportunityId)}/put-forward`);
  return (
    <details>
      <summary>{tx.putForward}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          send.mutate({ organisationId: String(data.get('organisationId')), note: String(data.get('note')) });
        }}
      >
        <label>
          {tx.organisationId}
          <input name="organisationId" required />
        </label>
        <label>
          {tx.noteToOfficial}
          <textarea name="note" rows={2} required />
        </label>
        <button type="submit" disabled={send.isPending}>
          {tx.send}
        </button>
        {send.isSuccess && <p role="status">{tx.saved}</p>}
        {send.isError && <ErrorMessage error={send.error} />}
      </form>
    </details>
  );
}
