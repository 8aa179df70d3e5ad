import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useSessionChanged } from './session';
import { ServerMessage } from './SignInPage';
import { fieldText } from '../../lib/form-values';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts:acceptInvitation'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const displayName = String(form.get('displayName') ?? '').trim();
      const me = await dataOf(
        api.POST('/api/auth/invitations/accept', {
          body: {
            token: token ?? '',
            password: fieldText(form, 'password'),
            ...(displayName ? { displayName } : {}),
          },
        }),
      );
      await sessionChanged(me);
      void navigate(me.user.organisationId ? `/organisations/${encodeURIComponent(me.user.organisationId)}` : '/');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="account-page">
      <h1>{t('accounts:acceptInvitation')}</h1>
      {token ? (
        <form className="entity-form" onSubmit={submit} noValidate>
          <p>{t('accounts:acceptInvitationLead')}</p>
          <div className="field">
            <label htmlFor="invite-name">{t('accounts:displayName')}</label>
            <input id="invite-name" name="displayName" autoComplete="name" />
          </div>
          <div className="field">
            <label htmlFor="invite-password">{t('accounts:newPassword')}</label>
            <input id="invite-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
          </div>
          {error !== null && <ServerMessage error={error} />}
          <button type="submit" className="button">
            {t('accounts:save')}
          </button>
        </form>
      ) : (
        <p role="alert">{t('accounts:missingToken')}</p>
      )}
    </section>
  );
}
