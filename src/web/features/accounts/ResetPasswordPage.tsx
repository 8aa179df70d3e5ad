import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { ServerMessage } from './SignInPage';
import { useAccountTexts } from './texts';

/** Without a token: ask for a reset link. With one (from the e-mail): choose the new password. */
export function ResetPasswordPage() {
  const tx = useAccountTexts();
  const [params] = useSearchParams();
  const token = params.get('token');
  usePageTitle(token ? tx.resetPassword : tx.requestReset);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      if (token) await api.post('/auth/password-reset', { token, password: form.get('password') });
      else await api.post('/auth/password-reset/request', { email: form.get('email') });
      setDone(true);
    } catch (e) {
      setError(e);
    }
  }

  if (done) {
    return (
      <section className="account-page">
        <h1>{token ? tx.resetPassword : tx.requestReset}</h1>
        <p role="status">{token ? tx.passwordChanged : tx.resetSent}</p>
        {token && <Link to="/sign-in">{tx.signIn}</Link>}
      </section>
    );
  }
  return (
    <section className="account-page">
      <h1>{token ? tx.resetPassword : tx.requestReset}</h1>
      <form className="entity-form" onSubmit={submit} noValidate>
        {token ? (
          <div className="field">
            <label htmlFor="reset-password">{tx.newPassword}</label>
            <input id="reset-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
          </div>
        ) : (
          <>
            <p>{tx.requestResetLead}</p>
            <div className="field">
              <label htmlFor="reset-email">{tx.email}</label>
              <input id="reset-email" name="email" type="email" autoComplete="username" required />
            </div>
          </>
        )}
        {error !== null && <ServerMessage error={error} />}
        <button type="submit" className="button">
          {token ? tx.save : tx.send}
        </button>
      </form>
    </section>
  );
}
