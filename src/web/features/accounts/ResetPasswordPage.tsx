import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { ServerMessage } from './SignInPage';
import { fieldText } from '../../lib/form-values';

/** Without a token: ask for a reset link. With one (from the e-mail): choose the new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  usePageTitle(token ? t('accounts:resetPassword') : t('accounts:requestReset'));
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      if (token) await dataOf(api.POST('/api/auth/password-reset', { body: { token, password: fieldText(form, 'password') } }));
      else await dataOf(api.POST('/api/auth/password-reset/request', { body: { email: fieldText(form, 'email') } }));
      setDone(true);
    } catch (e) {
      setError(e);
    }
  }

  if (done) {
    return (
      <section className="account-page">
        <h1>{token ? t('accounts:resetPassword') : t('accounts:requestReset')}</h1>
        <p role="status">{token ? t('accounts:passwordChanged') : t('accounts:resetSent')}</p>
        {token && <Link to="/sign-in">{t('accounts:signIn')}</Link>}
      </section>
    );
  }
  return (
    <section className="account-page">
      <h1>{token ? t('accounts:resetPassword') : t('accounts:requestReset')}</h1>
      <form className="entity-form" onSubmit={submit} noValidate>
        {token ? (
          <div className="field">
            <label htmlFor="reset-password">{t('accounts:newPassword')}</label>
            <input id="reset-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
          </div>
        ) : (
          <>
            <p>{t('accounts:requestResetLead')}</p>
            <div className="field">
              <label htmlFor="reset-email">{t('accounts:email')}</label>
              <input id="reset-email" name="email" type="email" autoComplete="username" required />
            </div>
          </>
        )}
        {error !== null && <ServerMessage error={error} />}
        <button type="submit" className="button">
          {token ? t('accounts:save') : t('accounts:send')}
        </button>
      </form>
    </section>
  );
}
