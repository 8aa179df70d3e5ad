import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRegistrationLink } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';

/** The organiser's settings of registration without an account, with the link to share. */
export function PublicRegistrationPanel({ eventId }: { eventId: string }) {
  const link = useQuery({
    queryKey: ['events', eventId, 'public-registration'],
    queryFn: () => dataOf(api.GET('/api/events/{id}/public-registration', { params: { path: { id: eventId } } })),
  });
  return <QueryView query={link}>{(l) => <SettingsForm eventId={eventId} link={l} />}</QueryView>;
}

function SettingsForm({ eventId, link }: { eventId: string; link: PublicRegistrationLink }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(link.open);
  const [capacity, setCapacity] = useState(link.capacity === null ? '' : String(link.capacity));
  const [approval, setApproval] = useState(link.approval);
  const [questions, setQuestions] = useState(link.questions);
  const save = useMutation({
    mutationFn: () =>
      dataOf(
        api.PUT('/api/events/{id}/public-registration', {
          params: { path: { id: eventId } },
          body: { open, capacity: capacity === '' ? null : Number(capacity), approval, questions },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
  const setQuestion = (i: number, patch: Partial<(typeof questions)[number]>) => setQuestions(questions.map((q, k) => (k === i ? { ...q, ...patch } : q)));
  return (
    <section aria-labelledby="public-registration">
      <h3 id="public-registration">{t('events:registrationSettings.title')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <label className="checkbox">
          <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} /> {t('events:registrationSettings.open')}
        </label>
        <label>
          {t('events:registrationSettings.capacity')} <input type="number" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={approval} onChange={(e) => setApproval(e.target.checked)} /> {t('events:registrationSettings.approval')}
        </label>
        <fieldset>
          <legend>{t('events:registrationSettings.questions')}</legend>
          {questions.map((q, i) => (
            <div key={i}>
              <label>
                {t('events:registrationSettings.question')} {i + 1} <input value={q.text} onChange={(e) => setQuestion(i, { text: e.target.value })} />
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={q.required} onChange={(e) => setQuestion(i, { required: e.target.checked })} />{' '}
                {t('events:registrationSettings.required')}
              </label>
              <button type="button" onClick={() => setQuestions(questions.filter((_, k) => k !== i))}>
                {t('events:remove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setQuestions([...questions, { id: `q${Date.now().toString(36)}`, text: '', required: false }])}>
            {t('events:registrationSettings.addQuestion')}
          </button>
        </fieldset>
        <button type="submit" disabled={save.isPending}>
          {t('events:registrationSettings.save')}
        </button>
        {save.error && <ErrorMessage error={save.error} />}
      </form>
      {link.url && (
        <p>
          {t('events:registrationSettings.link')}: <a href={link.url}>{link.url}</a>{' '}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url!)}>
            {t('events:copy')}
          </button>
        </p>
      )}
    </section>
  );
}
