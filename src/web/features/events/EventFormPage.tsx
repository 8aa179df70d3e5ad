import { MultiSelect } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { EventInput, EventUpdate } from '../../../shared/api/index';
import type { EventDetail } from '../../../shared/api/index';
import { FormField } from '../../components/FormField';
import { FormShell } from '../../components/FormShell';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { zoneName } from '../../lib/format';
import { spokenLanguageOptions } from '../../lib/spoken-languages';
import { createsRecord } from '../../lib/form-values';
import { usePageTitle } from '../../lib/use-page-title';
import { useValidatedSubmit } from '../../lib/use-validated-submit';
import { InterpretersEditor } from './InterpretersEditor';
import { ProjectActivityPicker } from './ProjectActivityPicker';
import { SlotGridEditor } from './SlotGridEditor';
import { TablesEditor } from './TablesEditor';
import type { EventDraft } from './event-draft';
import { eventCandidate, eventDraft, newEventDraft } from './event-draft';
import { enc, useEvent } from './event-queries';

/** `/events/new` or `/events/:id/edit` (organisers). */
export function EventFormPage() {
  const { id } = useParams();
  return id === undefined ? <EventForm /> : <ExistingEventForm id={id} />;
}

function ExistingEventForm({ id }: { id: string }) {
  const event = useEvent(id);
  return <QueryView query={event}>{(e) => <EventForm existing={e} />}</QueryView>;
}

const timeZones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function EventForm({ existing }: { existing?: EventDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang = useLanguage();
  const zonesId = useId();
  const [draft, setDraft] = useState<EventDraft>(() => (existing ? eventDraft(existing) : newEventDraft()));
  const title = existing ? t('events:editEvent') : t('events:newEvent');
  usePageTitle(title);
  const form = useValidatedSubmit({
    schema: existing ? EventUpdate : EventInput,
    save: (input) =>
      createsRecord(input)
        ? dataOf(api.POST('/api/events', { body: input }))
        : dataOf(api.PATCH('/api/events/{id}', { params: { path: { id: existing?.id ?? '' } }, body: input })),
    onSaved: (saved) => void navigate(`/events/${enc(saved.id)}`),
  });
  const set = (patch: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (key: 'id' | 'title' | 'place' | 'timeZone', label: string, extra: { hint?: string; required?: boolean; list?: string } = {}) => (
    <FormField path={key} label={label} hint={extra.hint} issue={form.byPath.get(key)} required={extra.required}>
      {(control) => <input {...control} list={extra.list} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </FormField>
  );
  return (
    <FormShell
      title={title}
      labels={{
        id: t('events:eventId'),
        title: t('events:title'),
        description: t('events:description'),
        place: t('events:place'),
        timeZone: t('events:timeZone'),
        projectId: t('events:projectId'),
        activityId: t('events:activityId'),
        languages: t('events:eventLanguages'),
        tables: t('events:tablesHeading'),
        interpreters: t('events:interpreters'),
        requestDeadline: t('events:requestDeadline'),
        slots: t('events:slotGrid'),
      }}
      issues={form.issues}
      summaryRef={form.summaryRef}
      error={form.error}
      isSaving={form.isSaving}
      cancelTo={existing ? `/events/${enc(existing.id)}` : '/events'}
      onSubmit={() => form.submit(eventCandidate(draft))}
    >
      {!existing && text('id', t('events:eventId'), { required: true })}
      {text('title', t('events:title'), { required: true })}
      <FormField path="description" label={t('events:description')} issue={form.byPath.get('description')}>
        {(control) => <textarea {...control} rows={3} value={draft.description} onChange={(e) => set({ description: e.target.value })} />}
      </FormField>
      {text('place', t('events:place'))}
      {text('timeZone', t('events:timeZone'), { hint: t('events:timeZoneHint', { zone: zoneName(draft.timeZone, lang) }), required: true, list: zonesId })}
      <datalist id={zonesId}>
        {timeZones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <ProjectActivityPicker projectId={draft.projectId} activityId={draft.activityId} issues={form.byPath} onChange={set} />
      <FormField
        path="languages"
        label={t('events:eventLanguages')}
        hint={t('events:eventLanguagesHint')}
        issue={form.byPath.get('languages') ?? form.byPath.get('languages.0')}
        required
      >
        {({ required: _required, ...control }) => (
          <MultiSelect
            {...control}
            searchable
            hidePickedOptions
            data={spokenLanguageOptions(draft.languages, lang)}
            value={draft.languages}
            onChange={(languages) => set({ languages })}
          />
        )}
      </FormField>
      <TablesEditor draft={draft} issues={form.byPath} onChange={set} />
      <InterpretersEditor
        languages={draft.languages}
        interpreters={draft.interpreters}
        issues={form.byPath}
        onChange={(interpreters) => set({ interpreters })}
      />
      <FormField
        path="requestDeadline"
        label={t('events:withZone', { label: t('events:requestDeadline'), zone: zoneName(draft.timeZone, lang) })}
        issue={form.byPath.get('requestDeadline')}
      >
        {(control) => <input {...control} type="datetime-local" value={draft.requestDeadline} onChange={(e) => set({ requestDeadline: e.target.value })} />}
      </FormField>
      {draft.projectId !== '' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.skipPairsMetBefore} onChange={(e) => set({ skipPairsMetBefore: e.target.checked })} />{' '}
          {t('events:skipPairsMetBefore')}
        </label>
      )}
      <SlotGridEditor slots={draft.slots} timeZone={draft.timeZone} issues={form.byPath} onChange={(slots) => set({ slots })} />
    </FormShell>
  );
}
