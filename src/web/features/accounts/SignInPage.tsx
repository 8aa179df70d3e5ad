import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Me } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { safeNext } from './safe-next';
import { useSessionChanged } from './session';
import { useAccountTexts } from './texts';

export function SignInPage() {
  const tx = useAccountTexts();
  usePageTitle(tx.signIn);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sessionChanged = useSessionChanged();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const me = await api.post<Me>('/auth/login', { email: form.get('email'), password: form.get('password') });
      await sessionChanged(me);
      navigate(safeNext(params.get('next')));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="account-page">
      <h1>{tx.signIn}</h1>
      <form className="entity-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="sign-in-email">{tx.email}</label>
          <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{tx.password}</label>
          <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error !== null && <ServerMessage error={error} />}
        <button type="submit" className="button" disabled={busy}>
          {tx.signIn}
        </button>
      </form>
      <p>
        <Link to="/reset-password">{tx.forgotPassword}</Link>
      </p>
    </section>
  );
}

/** The server's own message (wrong password, blocked for N minutes…), announced to screen readers. */
export function ServerMessage({ error }: { error: unknown }) {
  if (error instanceof Error && 'status' in error && (error as { status: number }).status > 0) {
    return (
      <p className="error-message" role="alert">
        {error.message}
      </p>
    );
  }
  return <ErrorMessage error={error} />;
}
