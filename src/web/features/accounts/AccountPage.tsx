import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ApiToken, Language } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { LanguageSelect } from './LanguageSelect';
import { useMe, useSignOut } from './session';
import { ServerMessage } from './SignInPage';
import { fieldChoice, fieldText } from '../../lib/form-values';
import { LANGUAGES } from '../../../core/languages';
import { tokenScopes } from '../../../shared/api/index';

/** The signed-in user's own account: e-mail language, password, sessions and personal API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts:myAccount'));
  const me = useMe();
  if (!me.data) {
    return (
      <section className="account-page">
        {!me.isPending && (
          <p>
            <Link to="/sign-in">{t('accounts:signIn')}</Link>
          </p>
        )}
      </section>
    );
  }
  return (
    <section>
      <h1>{t('accounts:myAccount')}</h1>
      <p>
        {me.data.user.displayName} · {me.data.user.email} · {t(`accounts:roles.${me.data.user.role}`)}
      </p>
      <EmailLanguageForm language={me.data.user.language} />
      <PasswordForm />
      <SignOutEverywhere />
      <ApiTokens />
    </section>
  );
}

/** Runs a form's submission, keeping the server's answer (error or success) for display. */
function useFormSubmit(run: (form: FormData, element: HTMLFormElement) => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    setError(null);
    setDone(false);
    try {
      await run(new FormData(element), element);
      setDone(true);
    } catch (e) {
      setError(e);
    }
  }
  return { submit, error, done };
}

/** The language the platform writes e-mail in (the UI language is the reader's switch, per browser). */
function EmailLanguageForm({ language }: { language: Language }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { submit, error, done } = useFormSubmit(async (form) => {
    await dataOf(api.PATCH('/api/auth/me', { body: { language: fieldChoice(form, 'language', LANGUAGES) } }));
    await queryClient.invalidateQueries({ queryKey: ['me'] });
  });
  return (
    <section aria-labelledby="email-language-heading" className="account-page">
      <h2 id="email-language-heading">{t('accounts:emailLanguage')}</h2>
      <p>{t('accounts:emailLanguageLead')}</p>
      {error !== null && <ServerMessage error={error} />}
      {done && <p role="status">{t('accounts:saved')}</p>}
      <form className="entity-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="email-language">{t('accounts:language')}</label>
          <LanguageSelect id="email-language" name="language" defaultValue={language} />
        </div>
        <button type="submit" className="button">
          {t('accounts:save')}
        </button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const { submit, error, done } = useFormSubmit(async (form, element) => {
    await dataOf(
      api.POST('/api/auth/password', { body: { currentPassword: fieldText(form, 'currentPassword'), newPassword: fieldText(form, 'newPassword') } }),
    );
    element.reset();
  });
  return (
    <section aria-labelledby="password-heading" className="account-page">
      <h2 id="password-heading">{t('accounts:changePassword')}</h2>
      <p>{t('accounts:changePasswordLead')}</p>
      {error !== null && <ServerMessage error={error} />}
      {done && <p role="status">{t('accounts:passwordUpdated')}</p>}
      <form className="entity-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="current-password">{t('accounts:currentPassword')}</label>
          <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('accounts:newPassword')}</label>
          <input id="new-password" name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
        </div>
        <button type="submit" className="button">
          {t('accounts:changePassword')}
        </button>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('accounts:signOutEverywhere')}</h2>
      <p>{t('accounts:signOutEverywhereLead')}</p>
      <button type="button" className="button" onClick={() => signOut.mutate(true, { onSettled: () => void navigate('/') })}>
        {t('accounts:signOutEverywhere')}
      </button>
    </section>
  );
}

const scopes: readonly ApiToken['scope'][] = ['read', 'read-write'];

function ApiTokens() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['api-tokens'], queryFn: () => dataOf(api.GET('/api/auth/tokens')) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
  const [secret, setSecret] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const create = useFormSubmit(async (form, element) => {
    const created = await dataOf(
      api.POST('/api/auth/tokens', {
        body: {
          name: fieldText(form, 'name'),
          scope: fieldChoice(form, 'scope', tokenScopes),
          expiresInDays: Number(form.get('expiresInDays')),
        },
      }),
    );
    setSecret(created.token);
    element.reset();
    await refresh();
  });
  async function revoke(id: string) {
    setRevokeError(null);
    try {
      await dataOf(api.DELETE('/api/auth/tokens/{id}', { params: { path: { id } } }));
      await refresh();
    } catch (e) {
      setRevokeError(e);
    }
  }
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : t('accounts:never'));
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('accounts:apiTokens')}</h2>
      <p>{t('accounts:apiTokensLead')}</p>
      {revokeError !== null && <ServerMessage error={revokeError} />}
      <QueryView query={tokens}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('accounts:none')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t('accounts:name')}</th>
                  <th>{t('accounts:scope')}</th>
                  <th>{t('accounts:expires')}</th>
                  <th>{t('accounts:lastUsed')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {items.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td>{t(`accounts:scopes.${token.scope}`)}</td>
                    <td>{date(token.expiresAt)}</td>
                    <td>{date(token.lastUsedAt)}</td>
                    <td>
                      {token.revokedAt ? (
                        t('accounts:revoked')
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void revoke(token.id)}
                          aria-label={`${t('accounts:revoke')}: ${token.name}`}
                        >
                          {t('accounts:revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {secret && (
        <p role="status">
          {t('accounts:tokenCreated')} <code className="token-secret">{secret}</code>
        </p>
      )}
      {create.error !== null && <ServerMessage error={create.error} />}
      <form className="entity-form" onSubmit={create.submit}>
        <div className="field">
          <label htmlFor="token-name">{t('accounts:tokenName')}</label>
          <input id="token-name" name="name" required maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="token-scope">{t('accounts:scope')}</label>
          <select id="token-scope" name="scope" defaultValue="read">
            {scopes.map((scope) => (
              <option key={scope} value={scope}>
                {t(`accounts:scopes.${scope}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="token-days">{t('accounts:expiresInDays')}</label>
          <input id="token-days" name="expiresInDays" type="number" min={1} max={366} defaultValue={90} required />
        </div>
        <button type="submit" className="button">
          {t('accounts:createToken')}
        </button>
      </form>
    </section>
  );
}
