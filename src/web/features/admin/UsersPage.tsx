import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { roles } from '../../../shared/api/index';
import type { Role, User } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { api } from '../../lib/api-client';
import type { Page } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { ServerMessage } from '../accounts/SignInPage';
import { useAccountTexts } from '../accounts/texts';

export function UsersPage() {
  const tx = useAccountTexts();
  usePageTitle(tx.users);
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<Page<User>>('/users', { pageSize: 200 }) });
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<User, 'role' | 'disabled'>> }) => api.patch<User>(`/users/${id}`, patch),
    onSuccess: refresh,
    onError: setError,
  });

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    setError(null);
    try {
      await api.post<User>('/users', {
        email: value('email'),
        displayName: value('displayName'),
        role: value('role'),
        organisationId: value('organisationId'),
        regionId: value('regionId'),
        language: value('language') ?? 'en',
      });
      formElement.reset();
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <h1>{tx.users}</h1>
      {error !== null && <ServerMessage error={error} />}
      <QueryView query={users}>
        {(page) => (
          <table className="data-table">
            <thead>
              <tr>
                <th>{tx.email}</th>
                <th>{tx.displayName}</th>
                <th>{tx.role}</th>
                <th>{tx.organisation} / {tx.region}</th>
                <th>{tx.status}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.items.map((user) => (
                <tr key={user.id}>
                  <td>{user.email}</td>
                  <td>{user.displayName}</td>
                  <td>
                    <select
                      aria-label={`${tx.changeRole}: ${user.email}`}
                      value={user.role}
                      onChange={(e) => update.mutate({ id: user.id, patch: { role: e.target.value as Role } })}
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {tx.roles[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.organisationId ?? user.regionId ?? ''}</td>
                  <td>{user.disabled ? tx.disabled : user.active ? tx.active : tx.invited}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => update.mutate({ id: user.id, patch: { disabled: !user.disabled } })}>
                      {user.disabled ? tx.enable : tx.disable}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>

      <h2>{tx.invite}</h2>
      <form className="entity-form" onSubmit={invite} noValidate>
        <div className="field">
          <label htmlFor="invite-email">{tx.email}</label>
          <input id="invite-email" name="email" type="email" required />
        </div>
        <div className="field">
          <label htmlFor="invite-display-name">{tx.name}</label>
          <input id="invite-display-name" name="displayName" required />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{tx.role}</label>
          <select id="invite-role" name="role" defaultValue="member">
            {roles.map((role) => (
              <option key={role} value={role}>
                {tx.roles[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-organisation">{tx.organisation} (id)</label>
          <input id="invite-organisation" name="organisationId" />
        </div>
        <div className="field">
          <label htmlFor="invite-region">{tx.region} (id)</label>
          <input id="invite-region" name="regionId" />
        </div>
        <div className="field">
          <label htmlFor="invite-language">{tx.language}</label>
          <select id="invite-language" name="language" defaultValue="en">
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
            <option value="zh">中文</option>
          </select>
        </div>
        <button type="submit" className="button">
          {tx.invite}
        </button>
      </form>
    </section>
  );
}
