import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Task } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';

const enc = encodeURIComponent;

/** Where a task's record is, in the web app. */
function sourceLink(task: Task): string | null {
  const { kind, id, parentId } = task.source;
  if (kind === 'match' && parentId) return `/opportunities/${enc(parentId)}`;
  if (kind === 'opportunity') return `/opportunities/${enc(id)}`;
  if (kind === 'organisation') return `/organisations/${enc(id)}`;
  if (kind === 'meeting' && parentId) return `/events/${enc(parentId)}`;
  if (kind === 'deliverable' && parentId) return `/projects/${enc(parentId)}`;
  return null;
}

/** "My follow-ups" (overdue first), the team's for managers, and what the loop may send me. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  usePageTitle(t('followUp:followUps'));
  const user = useMe().data?.user;
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const queryClient = useQueryClient();
  const tasks = useQuery({
    queryKey: ['follow-up', 'tasks', scope],
    queryFn: () => dataOf(api.GET('/api/follow-up/tasks', { params: { query: { scope, status: ['open'] } } })),
    enabled: !!user,
  });
  const done = useMutation({
    mutationFn: (id: string) => dataOf(api.PATCH('/api/follow-up/tasks/{id}', { params: { path: { id } }, body: { status: 'done' } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-up', 'tasks'] }),
  });
  if (!user) return <p>{t('followUp:signIn')}</p>;
  const manager = user.role === 'programme-manager' || user.role === 'admin' || user.role === 'partner-official';
  return (
    <article>
      <header className="page-header">
        <h1>{scope === 'mine' ? t('followUp:myFollowUps') : t('followUp:teamFollowUps')}</h1>
        <div className="page-actions">
          <button type="button" aria-pressed={scope === 'mine'} onClick={() => setScope('mine')}>
            {t('followUp:mine')}
          </button>
          <button type="button" aria-pressed={scope === 'team'} onClick={() => setScope('team')}>
            {t('followUp:team')}
          </button>
          {manager && <Link to="/follow-ups/report">{t('followUp:report')}</Link>}
        </div>
      </header>
      {tasks.isError && <ErrorMessage error={tasks.error} />}
      {done.isError && <ErrorMessage error={done.error} />}
      {tasks.data && tasks.data.items.length === 0 && <p>{t('followUp:none')}</p>}
      {tasks.data && tasks.data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('followUp:taskTitle')}</th>
                <th scope="col">{t('followUp:due')}</th>
                <th scope="col">{t('followUp:about')}</th>
                <th scope="col">{t('followUp:assignee')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('followUp:markDone')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.data.items.map((task) => {
                const link = sourceLink(task);
                return (
                  <tr key={task.id} data-testid="task" className={task.overdue ? 'overdue' : undefined}>
                    <td>{task.title}</td>
                    <td>
                      {task.dueOn}
                      {task.overdue && <strong> · {t('followUp:overdue')}</strong>}
                    </td>
                    <td>{link ? <Link to={link}>{task.source.label}</Link> : task.source.label}</td>
                    <td>{task.assigneeName}</td>
                    <td>
                      <button type="button" disabled={done.isPending} onClick={() => done.mutate(task.id)}>
                        {t('followUp:markDone')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <FollowUpSettingsForm />
      <TaskFeed />
    </article>
  );
}

function FollowUpSettingsForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['follow-up', 'settings'], queryFn: () => dataOf(api.GET('/api/follow-up/settings')) });
  const save = useMutation({
    mutationFn: (body: { opportunityAlerts: boolean; dailyDigest: boolean }) => dataOf(api.PUT('/api/follow-up/settings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-up', 'settings'] }),
  });
  if (!settings.data) return null;
  return (
    <section aria-labelledby="follow-up-settings">
      <h2 id="follow-up-settings">{t('followUp:settings')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          save.mutate({ opportunityAlerts: data.get('alerts') === 'on', dailyDigest: data.get('digest') === 'on' });
        }}
      >
        <label>
          <input type="checkbox" name="alerts" defaultChecked={settings.data.opportunityAlerts} /> {t('followUp:alerts')}
        </label>
        <label>
          <input type="checkbox" name="digest" defaultChecked={settings.data.dailyDigest} /> {t('followUp:digest')}
        </label>
        <button type="submit" disabled={save.isPending}>
          {t('followUp:save')}
        </button>
        {save.isSuccess && <p role="status">{t('followUp:saved')}</p>}
        {save.isError && <ErrorMessage error={save.error} />}
      </form>
    </section>
  );
}

function TaskFeed() {
  const { t } = useTranslation();
  const issue = useMutation({ mutationFn: () => dataOf(api.POST('/api/follow-up/tasks/feed')) });
  const revoke = useMutation({ mutationFn: () => dataOf(api.DELETE('/api/follow-up/tasks/feed')), onSuccess: () => issue.reset() });
  return (
    <section aria-labelledby="follow-up-feed">
      <h2 id="follow-up-feed">{t('followUp:feed')}</h2>
      {issue.data && (
        <p>
          {t('followUp:feedShown')} <code>{issue.data.url}</code>
        </p>
      )}
      <button type="button" onClick={() => issue.mutate()} disabled={issue.isPending}>
        {t('followUp:feedNew')}
      </button>{' '}
      <button type="button" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
        {t('followUp:feedRevoke')}
      </button>
      {(issue.isError || revoke.isError) && <ErrorMessage error={issue.error ?? revoke.error} />}
    </section>
  );
}
