import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { roles } from '../../../shared/api/index';
import type { User } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { RegionSelect } from '../../components/RegionSelect';
import { api, dataOf } from '../../lib/api-client';
import { useAllRegions } from '../../lib/queries';
import { fieldChoice, fieldText, requiredChoice } from '../../lib/form-values';
import { usePageTitle } from '../../lib/use-page-title';
import { LANGUAGES } from '../../../core/languages';
import { useLanguage } from '../../i18n/index';
import { LanguageSelect } from '../accounts/LanguageSelect';
import { useMe } from '../accounts/session';
import { ServerMessage } from '../accounts/SignInPage';

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts:users'));
  const uiLanguage = useLanguage();
  const ownLanguage = useMe().data?.user.language ?? uiLanguage;
  const users = useQuery({ queryKey: ['users'], queryFn: () => dataOf(api.GET('/api/users', { params: { query: { pageSize: 200 } } })) });
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<User, 'role' | 'organisationId' | 'regionId' | 'language' | 'disabled'>> }) =>
      dataOf(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: refresh,
    onError: setError,
  });

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => fieldText(form, name).trim() || null;
    setError(null);
    try {
      await dataOf(
        api.POST('/api/users', {
          body: {
            email: fieldText(form, 'email').trim(),
            displayName: fieldText(form, 'displayName').trim(),
            role: requiredChoice(form, 'role', roles),
            organisationId: value('organisationId'),
            regionId: value('regionId'),
            language: fieldChoice(form, 'language', LANGUAGES),
          },
        }),
      );
      formElement.reset();
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <h1>{t('accounts:users')}</h1>
      {error !== null && <ServerMessage error={error} />}
      <QueryView query={users}>
        {(page) => (
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('accounts:email')}</th>
                <th>{t('accounts:displayName')}</th>
                <th>
                  {t('accounts:role')} · {t('accounts:membership')} · {t('accounts:language')}
                </th>
                <th>{t('accounts:status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.items.map((user) => (
                <tr key={user.id}>
                  <td>{user.email}</td>
                  <td>{user.displayName}</td>
                  <td>
                    <MembershipForm user={user} onSave={(patch) => update.mutateAsync({ id: user.id, patch })} />
                  </td>
                  <td>{user.disabled ? t('accounts:disabled') : user.active ? t('accounts:active') : t('accounts:invited')}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${user.disabled ? t('accounts:enable') : t('accounts:disable')}: ${user.email}`}
                      onClick={() => update.mutate({ id: user.id, patch: { disabled: !user.disabled } })}
                    >
                      {user.disabled ? t('accounts:enable') : t('accounts:disable')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>

      <h2>{t('accounts:invite')}</h2>
      <form className="entity-form" onSubmit={invite} noValidate>
        <div className="field">
          <label htmlFor="invite-email">{t('accounts:email')}</label>
          <input id="invite-email" name="email" type="email" required />
        </div>
        <div className="field">
          <label htmlFor="invite-display-name">{t('accounts:name')}</label>
          <input id="invite-display-name" name="displayName" required />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t('accounts:role')}</label>
          <RoleSelect id="invite-role" name="role" defaultValue="member" />
        </div>
        <div className="field">
          <label htmlFor="invite-organisation">{t('accounts:organisation')}</label>
          <OrganisationSelect id="invite-organisation" name="organisationId" defaultValue="" />
        </div>
        <div className="field">
          <label htmlFor="invite-region">{t('accounts:region')}</label>
          <RegionChoice id="invite-region" name="regionId" defaultValue="" />
        </div>
        <div className="field">
          <label htmlFor="invite-language">{t('accounts:language')}</label>
          {/* The invitation e-mail is written in this language; it starts as the admin's own. */}
          <LanguageSelect key={ownLanguage} id="invite-language" name="language" defaultValue={ownLanguage} />
        </div>
        <button type="submit" className="button">
          {t('accounts:invite')}
        </button>
      </form>
    </section>
  );
}

type Membership = Pick<User, 'role' | 'organisationId' | 'regionId' | 'language'>;

/**
 * Role, organisation and region change together: a member needs an organisation and a partner
 * official a region, so the server checks the three as one change.
 */
function MembershipForm({ user, onSave }: { user: User; onSave: (patch: Membership) => Promise<unknown> }) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => fieldText(form, name) || null;
    // A refusal (a member without an organisation…) is shown by the page, from the mutation's error.
    void onSave({
      role: requiredChoice(form, 'role', roles),
      organisationId: value('organisationId'),
      regionId: value('regionId'),
      language: requiredChoice(form, 'language', LANGUAGES),
    }).catch(() => {});
  }
  const id = (what: string) => `user-${user.id}-${what}`;
  return (
    <form className="membership-form" onSubmit={submit} aria-label={`${t('accounts:membership')}: ${user.email}`}>
      <RoleSelect id={id('role')} name="role" defaultValue={user.role} label={`${t('accounts:changeRole')}: ${user.email}`} />
      <OrganisationSelect
        id={id('organisation')}
        name="organisationId"
        defaultValue={user.organisationId ?? ''}
        label={`${t('accounts:organisation')}: ${user.email}`}
      />
      <RegionChoice id={id('region')} name="regionId" defaultValue={user.regionId ?? ''} label={`${t('accounts:region')}: ${user.email}`} />
      <LanguageSelect id={id('language')} name="language" defaultValue={user.language} label={`${t('accounts:language')}: ${user.email}`} />
      <button type="submit" className="link-button" aria-label={`${t('accounts:save')}: ${user.email}`}>
        {t('accounts:save')}
      </button>
    </form>
  );
}

type SelectProps = { id: string; name: string; defaultValue: string; label?: string };

function RoleSelect({ id, name, defaultValue, label }: SelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} name={name} defaultValue={defaultValue} aria-label={label}>
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`accounts:roles.${role}`)}
        </option>
      ))}
    </select>
  );
}

function OrganisationSelect({ id, name, defaultValue, label }: SelectProps) {
  const { t } = useTranslation();
  const organisations = useQuery({
    queryKey: ['organisations', 'list'],
    queryFn: () => dataOf(api.GET('/api/organisations', { params: { query: { pageSize: 200 } } })),
  });
  // Rendered once the options are known, so that defaultValue selects the right one.
  if (!organisations.data) return null;
  return (
    <select id={id} name={name} defaultValue={defaultValue} aria-label={label}>
      <option value="">{t('accounts:noneSelected')}</option>
      {organisations.data.items.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

function RegionChoice({ id, name, defaultValue, label }: SelectProps) {
  const { t } = useTranslation();
  const regions = useAllRegions();
  const [value, setValue] = useState(defaultValue);
  if (!regions.data) return null;
  const control = { id, name, 'aria-label': label };
  return <RegionSelect control={control} regions={regions.data.items} value={value} onChange={setValue} emptyLabel={t('accounts:noneSelected')} />;
}
