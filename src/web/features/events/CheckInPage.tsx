import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CheckInResult, EventDetail } from '../../../shared/api/index';
import { localTime } from '../../../shared/event-time';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api, ApiRequestError, type BodyOf, dataOf, isTransientFailure } from '../../lib/api-client';
import { fieldText } from '../../lib/form-values';
import { BadgeScanner } from './BadgeScanner';
import { usePageTitle } from '../../lib/use-page-title';
import { enc, useEvent } from './event-queries';

/**
 * `/events/:id/check-in`: the organiser's desk on a phone: type the badge code or scan the badge's
 * QR code with the camera (both through the same check-in call), or register a walk-in.
 */
export function CheckInPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  return <QueryView query={event}>{(e) => <Desk event={e} />}</QueryView>;
}

function Desk({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  usePageTitle(t('events:desk.title', { event: event.title }));
  const [code, setCode] = useState('');
  const byCode = useMutation({
    mutationFn: (typed: string) => dataOf(api.POST('/api/events/{id}/check-in', { params: { path: { id: event.id } }, body: { code: typed } })),
    onSuccess: () => setCode(''),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) byCode.mutate(code);
  };
  const unknown = byCode.error instanceof ApiRequestError && byCode.error.code === 'unknown_check_in_code';
  return (
    <section className="check-in-desk">
      <h1>
        <Link to={`/events/${enc(event.id)}/dashboard`}>{event.title}</Link>: {t('events:desk.link')}
      </h1>
      <form onSubmit={submit}>
        <label htmlFor="check-in-code">{t('events:desk.code')}</label>
        <input
          id="check-in-code"
          className="check-in-code"
          autoFocus
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="check-in-code-hint"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <p id="check-in-code-hint" className="hint">
          {t('events:desk.codeHint')}
        </p>
        <button type="submit" disabled={byCode.isPending}>
          {t('events:checkIn')}
        </button>
      </form>
      <BadgeScanner
        onCode={async (scanned) => {
          // Shown in the field, so a refused code can be read and corrected by hand.
          setCode(scanned);
          try {
            await byCode.mutateAsync(scanned);
            return true;
          } catch (error) {
            // Refused (unknown code…): shown, not repeated. Not reached (offline, busy): try again.
            return !isTransientFailure(error);
          }
        }}
      />
      {unknown ? (
        <p role="alert" className="error-message">
          {t('events:desk.unknownCode')}
        </p>
      ) : (
        byCode.error && <ErrorMessage error={byCode.error} />
      )}
      {byCode.data && <Outcome result={byCode.data} timeZone={event.timeZone} />}
      <WalkIn eventId={event.id} timeZone={event.timeZone} />
    </section>
  );
}

function Outcome({ result, timeZone }: { result: CheckInResult; timeZone: string }) {
  const { t } = useTranslation();
  const { registration: r } = result;
  return (
    <div className={`check-in-result${result.alreadyCheckedIn ? ' again' : ''}`} role="status">
      <p className="check-in-name">{r.delegateName}</p>
      <p>{r.organisationName}</p>
      <p>
        <strong>
          {result.alreadyCheckedIn ? t('events:desk.alreadyCheckedIn', { time: localTime(r.checkedInAt!, timeZone) }) : t('events:desk.checkedIn')}
        </strong>
      </p>
    </div>
  );
}

function WalkIn({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t } = useTranslation();
  const organisations = useQuery({
    queryKey: ['organisations', 'list'],
    queryFn: () => dataOf(api.GET('/api/organisations', { params: { query: { pageSize: 200 } } })),
  });
  const walkIn = useMutation({
    mutationFn: (body: BodyOf<'/api/events/{id}/walk-ins', 'post'>) =>
      dataOf(api.POST('/api/events/{id}/walk-ins', { params: { path: { id: eventId } }, body })),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const organisationId = fieldText(form, 'organisationId');
    const organisationName = fieldText(form, 'organisationName').trim();
    walkIn.mutate({
      delegateName: fieldText(form, 'delegateName'),
      delegateEmail: fieldText(form, 'delegateEmail'),
      ...(organisationName ? { organisationName } : { organisationId }),
    });
  };
  return (
    <form className="walk-in" onSubmit={submit}>
      <h2>{t('events:desk.walkIn')}</h2>
      <label>
        {t('events:desk.name')}
        <input name="delegateName" required autoComplete="off" />
      </label>
      <label>
        {t('events:desk.email')}
        <input name="delegateEmail" type="email" required autoComplete="off" />
      </label>
      <label>
        {t('events:desk.organisation')}
        <select name="organisationId" defaultValue="">
          <option value="">{t('events:desk.chooseOrganisation')}</option>
          {organisations.data?.items.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('events:desk.newOrganisation')}
        <input name="organisationName" autoComplete="off" />
      </label>
      <button type="submit" disabled={walkIn.isPending}>
        {t('events:desk.registerAndCheckIn')}
      </button>
      {walkIn.error && <ErrorMessage error={walkIn.error} />}
      {walkIn.data && <Outcome result={walkIn.data} timeZone={timeZone} />}
    </form>
  );
}
