import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Task } from '../../../shared/api/index';
import { interactionKinds } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';
import { useMe } from '../accounts/session';
import { fieldText, requiredChoice } from '../../lib/form-values';

export type InteractionLinks = { organisationId?: string; opportunityId?: string; matchId?: string; eventId?: string; projectId?: string };
const enc = encodeURIComponent;
const today = () => new Date().toISOString().slice(0, 10);

async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The interaction timeline of a record (newest first, searchable), with a two-field form to log a
 * call, meeting, e-mail, visit or delegation and to make a follow-up task from one. Shown to
 * signed-in users; the API shows each only what their organisation or region may see.
 */
export function Interactions({ links }: { links: InteractionLinks }) {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  const [q, setQ] = useState('');
  const key = ['follow-up', 'interactions', links, q];
  const list = useQuery({
    queryKey: key,
    queryFn: () => dataOf(api.GET('/api/follow-up/interactions', { params: { query: { ...links, q } } })),
    enabled: !!user,
  });
  if (!user) return null;
  return (
    <section aria-labelledby="interactions-heading" className="interactions">
      <h2 id="interactions-heading">{t('followUp:interactions')}</h2>
      <LogInteractionForm links={links} />
      <label>
        {t('followUp:search')}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('followUp:noInteractions')}</p>}
      <ol className="interaction-timeline">
        {list.data?.items.map((i) => (
          <li key={i.id} data-testid="interaction">
            <p>
              <strong>{t(`followUp:kinds.${i.kind}`)}</strong> · {i.occurredOn} · {i.participants.map((p) => p.name).join(', ')}
            </p>
            {i.note && <p className="user-prose">{i.note}</p>}
            {i.attachments.map((a) => (
              <p key={a.id}>
                <a href={`/api/follow-up/interactions/${enc(i.id)}/attachments/${enc(a.id)}`} download>
                  {a.filename}
                </a>
              </p>
            ))}
            <TaskForm source={{ kind: 'interaction', id: i.id }} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function LogInteractionForm({ links }: { links: InteractionLinks }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const log = useMutation({
    mutationFn: async (form: FormData) => {
      const participants = String(form.get('participants') ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name }));
      const created = await dataOf(
        api.POST('/api/follow-up/interactions', {
          body: {
            kind: requiredChoice(form, 'kind', interactionKinds),
            occurredOn: fieldText(form, 'occurredOn'),
            note: fieldText(form, 'note'),
            participants,
            ...links,
          },
        }),
      );
      const file = form.get('file');
      if (file instanceof File && file.size > 0) {
        await dataOf(
          api.POST('/api/follow-up/interactions/{id}/attachments', {
            params: { path: { id: created.id } },
            body: { filename: file.name, contentBase64: await fileAsBase64(file) },
          }),
        );
      }
      return created;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-up', 'interactions'] }),
  });
  return (
    <details>
      <summary>{t('followUp:logInteraction')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          log.mutate(new FormData(form), { onSuccess: () => form.reset() });
        }}
      >
        <label>
          {t('followUp:kind')}
          <select name="kind" defaultValue="call">
            {interactionKinds.map((k) => (
              <option key={k} value={k}>
                {t(`followUp:kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('followUp:date')}
          <input type="date" name="occurredOn" defaultValue={today()} required />
        </label>
        <label>
          {t('followUp:note')}
          <textarea name="note" rows={3} />
        </label>
        <label>
          {t('followUp:participants')}
          <input name="participants" />
        </label>
        <label>
          {t('followUp:attachment')}
          <input type="file" name="file" />
        </label>
        <button type="submit" disabled={log.isPending}>
          {t('followUp:log')}
        </button>
        {log.isError && <ErrorMessage error={log.error} />}
      </form>
    </details>
  );
}

/** Makes a follow-up task (for yourself) about a record. */
export function TaskForm({ source }: { source: { kind: Task['source']['kind']; id: string; parentId?: string } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: { title: string; dueOn: string }) => dataOf(api.POST('/api/follow-up/tasks', { body: { ...body, source } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-up', 'tasks'] }),
  });
  return (
    <details>
      <summary>{t('followUp:newTask')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          create.mutate({ title: String(data.get('title')), dueOn: String(data.get('dueOn')) });
        }}
      >
        <label>
          {t('followUp:taskTitle')}
          <input name="title" required />
        </label>
        <label>
          {t('followUp:due')}
          <input type="date" name="dueOn" defaultValue={today()} required />
        </label>
        <button type="submit" disabled={create.isPending}>
          {t('followUp:create')}
        </button>
        {create.isSuccess && <p role="status">{t('followUp:saved')}</p>}
        {create.isError && <ErrorMessage error={create.error} />}
      </form>
    </details>
  );
}
