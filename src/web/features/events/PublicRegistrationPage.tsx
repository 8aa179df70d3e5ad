import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { attendanceModes, PublicRegistrationInput } from '../../../shared/api/index';
import type { PublicEvent } from '../../../shared/api/index';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormField } from '../../components/FormField';
import { FormShell } from '../../components/FormShell';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { displayName } from '../../lib/format';
import { languageOptionsOf } from '../../lib/spoken-languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useValidatedSubmit } from '../../lib/use-validated-submit';
import { registrationCountries } from './display-names';

/** `/events/join/:token`: registration without an account from the organiser's shared link. */
export function PublicRegistrationPage() {
  const { token = '' } = useParams();
  const event = useQuery({
    queryKey: ['public-event', token],
    queryFn: () => dataOf(api.GET('/api/public/events/{token}', { params: { path: { token } } })),
    retry: false,
  });
  return <QueryView query={event}>{(e) => <RegistrationForm token={token} event={e} />}</QueryView>;
}

function RegistrationForm({ token, event }: { token: string; event: PublicEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('eventRegistration:registerTitle', { event: event.title });
  usePageTitle(title);
  const [sent, setSent] = useState(false);
  const [draft, setDraft] = useState({
    delegateName: '',
    delegateEmail: '',
    organisationName: '',
    country: '',
    languages: [] as string[],
    attendance: 'on-site' as (typeof attendanceModes)[number],
    profile: '',
    answers: {} as Record<string, string>,
  });
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const form = useValidatedSubmit({
    schema: PublicRegistrationInput,
    save: (input) => dataOf(api.POST('/api/public/events/{token}/registrations', { params: { path: { token } }, body: input })),
    onSaved: () => setSent(true),
  });
  if (sent) {
    return (
      <section>
        <h1>{title}</h1>
        <p role="status">{t('eventRegistration:sent')}</p>
      </section>
    );
  }
  return (
    <FormShell
      title={title}
      labels={{
        delegateName: t('eventRegistration:name'),
        delegateEmail: t('eventRegistration:email'),
        organisationName: t('eventRegistration:organisation'),
        country: t('eventRegistration:country'),
        languages: t('eventRegistration:languages'),
        attendance: t('events:attendance'),
        profile: t('eventRegistration:profile'),
        answers: t('eventRegistration:questions'),
      }}
      issues={form.issues}
      summaryRef={form.summaryRef}
      error={form.error}
      isSaving={form.isSaving}
      cancelTo="/events"
      onSubmit={() => form.submit({ ...draft, language })}
    >
      {event.description && <p>{event.description}</p>}
      {event.full && <p role="note">{t('eventRegistration:fullNotice')}</p>}
      {event.approval && <p role="note">{t('eventRegistration:approvalNotice')}</p>}
      <FormField path="delegateName" label={t('eventRegistration:name')} issue={form.byPath.get('delegateName')} required>
        {(control) => <input {...control} value={draft.delegateName} onChange={(e) => set({ delegateName: e.target.value })} />}
      </FormField>
      <FormField path="delegateEmail" label={t('eventRegistration:email')} issue={form.byPath.get('delegateEmail')} required>
        {(control) => <input {...control} type="email" value={draft.delegateEmail} onChange={(e) => set({ delegateEmail: e.target.value })} />}
      </FormField>
      <FormField path="organisationName" label={t('eventRegistration:organisation')} issue={form.byPath.get('organisationName')} required>
        {(control) => <input {...control} value={draft.organisationName} onChange={(e) => set({ organisationName: e.target.value })} />}
      </FormField>
      <FormField path="country" label={t('eventRegistration:country')} issue={form.byPath.get('country')} required>
        {(control) => (
          <select {...control} value={draft.country} onChange={(e) => set({ country: e.target.value })}>
            <option value="" />
            {registrationCountries.map((code) => (
              <option key={code} value={code}>
                {displayName(code, 'region', language)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <CheckboxGroup
        path="languages"
        legend={t('eventRegistration:languages')}
        options={languageOptionsOf(event.languages, draft.languages, language)}
        selected={draft.languages}
        onChange={(languages) => set({ languages })}
        issue={form.byPath.get('languages') ?? form.byPath.get('languages.0')}
      />
      <FormField path="attendance" label={t('events:attendance')} issue={form.byPath.get('attendance')}>
        {(control) => (
          <select {...control} value={draft.attendance} onChange={(e) => set({ attendance: e.target.value as typeof draft.attendance })}>
            {attendanceModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`events:attendanceModes.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField path="profile" label={t('eventRegistration:profile')} issue={form.byPath.get('profile')}>
        {(control) => <textarea {...control} rows={3} value={draft.profile} onChange={(e) => set({ profile: e.target.value })} />}
      </FormField>
      {event.questions.length > 0 && (
        <fieldset>
          <legend>{t('eventRegistration:questions')}</legend>
          {event.questions.map((q) => (
            <FormField key={q.id} path={`answers.${q.id}`} label={q.text} issue={form.byPath.get(`answers.${q.id}`)} required={q.required}>
              {(control) => (
                <input {...control} value={draft.answers[q.id] ?? ''} onChange={(e) => set({ answers: { ...draft.answers, [q.id]: e.target.value } })} />
              )}
            </FormField>
          ))}
        </fieldset>
      )}
    </FormShell>
  );
}
