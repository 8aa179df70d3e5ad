import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { attendanceModes, offerTypes, RegistrationUpdate } from '../../../shared/api/index';
import type { EventDetail, Registration } from '../../../shared/api/index';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormField } from '../../components/FormField';
import { FormShell } from '../../components/FormShell';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { zoneName } from '../../lib/format';
import { fieldId } from '../../lib/form-issues';
import { languageOptionsOf } from '../../lib/spoken-languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useValidatedSubmit } from '../../lib/use-validated-submit';
import { enc, slotTime, useEvent, useRegistrations } from './event-queries';
import type { RegistrationDraft } from './registration-draft';
import { registrationCandidate, registrationDraft } from './registration-draft';
import './registration-forms.css';

/** `/events/:id/registrations/:registrationId/edit`: the organiser or the delegate's organisation edits availability, profile and offers. */
export function RegistrationEditPage() {
  const { id = '', registrationId = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const regs = useRegistrations(id);
  return (
    <QueryView query={event}>
      {(e) => (
        <QueryView query={regs}>
          {(list) => {
            const reg = list.items.find((r) => r.id === registrationId);
            // Without the e-mail address the viewer does not act for this delegate (the server says the same).
            return reg && reg.delegateEmail !== null ? <RegistrationForm event={e} registration={reg} /> : <p role="alert">{t('errors:code.not_found')}</p>;
          }}
        </QueryView>
      )}
    </QueryView>
  );
}

function RegistrationForm({ event, registration }: { event: EventDetail; registration: Registration }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang = useLanguage();
  const [draft, setDraft] = useState<RegistrationDraft>(() => registrationDraft(registration, event));
  const title = `${t('events:editRegistration')}: ${registration.delegateName}`;
  usePageTitle(title);
  const back = `/events/${enc(event.id)}`;
  const form = useValidatedSubmit({
    schema: RegistrationUpdate,
    save: (input) =>
      dataOf(
        api.PATCH('/api/events/{id}/registrations/{registrationId}', { params: { path: { id: event.id, registrationId: registration.id } }, body: input }),
      ),
    onSaved: () => void navigate(back),
  });
  const set = (patch: Partial<RegistrationDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setOffer = (i: number, patch: Partial<RegistrationDraft['offers'][number]>) =>
    set({ offers: draft.offers.map((o, k) => (k === i ? { ...o, ...patch } : o)) });
  const toggleSlot = (slot: string, blocked: boolean) =>
    set({ blockedSlots: blocked ? [...draft.blockedSlots, slot] : draft.blockedSlots.filter((s) => s !== slot) });
  return (
    <FormShell
      title={title}
      labels={{
        delegateName: t('events:delegateName'),
        languages: t('events:languages'),
        profile: t('events:profile'),
        arrivesAt: t('events:arrivesAt'),
        leavesAt: t('events:leavesAt'),
        blockedSlots: t('events:blockedSlots'),
        offers: t('events:offers'),
      }}
      issues={form.issues}
      summaryRef={form.summaryRef}
      error={form.error}
      isSaving={form.isSaving}
      cancelTo={back}
      onSubmit={() => form.submit(registrationCandidate(draft, event))}
    >
      <FormField path="delegateName" label={t('events:delegateName')} issue={form.byPath.get('delegateName')} required>
        {(control) => <input {...control} value={draft.delegateName} onChange={(e) => set({ delegateName: e.target.value })} />}
      </FormField>
      <CheckboxGroup
        path="languages"
        legend={t('events:languages')}
        options={languageOptionsOf(event.languages, draft.languages, lang)}
        selected={draft.languages}
        onChange={(languages) => set({ languages })}
        issue={form.byPath.get('languages') ?? form.byPath.get('languages.0')}
      />
      <FormField path="attendance" label={t('events:attendance')} issue={form.byPath.get('attendance')}>
        {(control) => (
          <select {...control} value={draft.attendance} onChange={(e) => set({ attendance: e.target.value as RegistrationDraft['attendance'] })}>
            {attendanceModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`events:attendanceModes.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <label className="checkbox reminders-choice">
        <input type="checkbox" checked={draft.reminders} onChange={(e) => set({ reminders: e.target.checked })} /> {t('events:reminders')}
      </label>
      <FormField path="profile" label={t('events:profile')} issue={form.byPath.get('profile')}>
        {(control) => <textarea {...control} rows={3} value={draft.profile} onChange={(e) => set({ profile: e.target.value })} />}
      </FormField>
      <fieldset>
        <legend>{t('events:withZone', { label: t('events:availability'), zone: zoneName(event.timeZone, lang) })}</legend>
        <FormField path="arrivesAt" label={t('events:arrivesAt')} issue={form.byPath.get('arrivesAt')}>
          {(control) => <input {...control} type="datetime-local" value={draft.arrivesAt} onChange={(e) => set({ arrivesAt: e.target.value })} />}
        </FormField>
        <FormField path="leavesAt" label={t('events:leavesAt')} issue={form.byPath.get('leavesAt')}>
          {(control) => <input {...control} type="datetime-local" value={draft.leavesAt} onChange={(e) => set({ leavesAt: e.target.value })} />}
        </FormField>
        <fieldset id={fieldId('blockedSlots')}>
          <legend>{t('events:blockedSlots')}</legend>
          {event.slots
            .filter((s) => s.kind === 'meeting')
            .map((s) => (
              <label key={s.id} className="checkbox">
                <input type="checkbox" checked={draft.blockedSlots.includes(s.id)} onChange={(e) => toggleSlot(s.id, e.target.checked)} />{' '}
                {slotTime(s.start, s.end, event.timeZone)}
              </label>
            ))}
        </fieldset>
      </fieldset>
      <fieldset id={fieldId('offers')}>
        <legend>{t('events:offers')}</legend>
        {draft.offers.map((o, i) => (
          <div key={i} className="event-offer">
            <label>
              {t('events:offerType')}{' '}
              <select value={o.type} onChange={(e) => setOffer(i, { type: e.target.value as typeof o.type })}>
                {offerTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`events:offerTypes.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <FormField path={`offers.${i}.title`} label={t('events:offerTitle')} issue={form.byPath.get(`offers.${i}.title`)} required>
              {(control) => <input {...control} value={o.title} onChange={(e) => setOffer(i, { title: e.target.value })} />}
            </FormField>
            <FormField path={`offers.${i}.description`} label={t('events:offerDescription')} issue={form.byPath.get(`offers.${i}.description`)}>
              {(control) => <textarea {...control} rows={2} value={o.description} onChange={(e) => setOffer(i, { description: e.target.value })} />}
            </FormField>
            <button type="button" onClick={() => set({ offers: draft.offers.filter((_, k) => k !== i) })}>
              {t('events:remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ offers: [...draft.offers, { type: 'technology-offer', title: '', description: '' }] })}>
          {t('events:addOffer')}
        </button>
      </fieldset>
    </FormShell>
  );
}
