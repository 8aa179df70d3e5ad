import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ProjectView } from '../../../core/projects/api';
import { ACTIVITY_TYPES, type Activity, type Session } from '../../../core/projects/model';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { draftFromText, textFromDraft } from '../../lib/localized-draft';
import { FormFooter } from './FormProblem';
import { dateDraft, dateFromDraft, PrecisionDateFields } from './PrecisionDateFields';
import { SelectField } from './SelectField';
import { newId, useProjectChange, useText, withLanguage } from './project-data';

interface SessionDraft {
  id: string;
  kind: Session['kind'];
  title: string;
  day: string;
  previous?: Session;
}

/**
 * Adds an activity to a phase or edits one: type, title, date as precise as known, place,
 * participating organisations and people, and a programme of sessions over several days.
 * The API refuses (409) an activity that may not start because the previous gate is not go.
 */
export function ActivityForm({ project, activity, phaseId, onDone }: { project: ProjectView; activity?: Activity; phaseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const [phase, setPhase] = useState(phaseId);
  const [type, setType] = useState<Activity['type']>(activity?.type ?? 'expert-meeting');
  const [title, setTitle] = useState(draftFromText(activity?.title, lang));
  const [date, setDate] = useState(dateDraft(activity?.date));
  const [status, setStatus] = useState<Activity['status']>(activity?.status ?? 'planned');
  const [tentative, setTentative] = useState(activity?.tentative ?? false);
  const [place, setPlace] = useState(text(activity?.place?.name));
  const [organisationIds, setOrganisationIds] = useState(activity?.organisationIds ?? []);
  const [personIds, setPersonIds] = useState(activity?.personIds ?? []);
  const [days, setDays] = useState(activity?.programme?.days ? String(activity.programme.days) : '');
  const [sessions, setSessions] = useState<SessionDraft[]>(
    (activity?.programme?.sessions ?? []).map((s) => ({ id: s.id, kind: s.kind, title: text(s.title), day: s.day ? String(s.day) : '', previous: s })),
  );
  const id = activity?.id ?? newId(`${project.id}-activity`);
  const change = useProjectChange(
    project.id,
    (body: BodyOf<'/api/projects/{id}/activities/{activityId}', 'put'>) =>
      activity
        ? dataOf(api.PUT('/api/projects/{id}/activities/{activityId}', { params: { path: { id: project.id, activityId: activity.id } }, body }))
        : dataOf(api.POST('/api/projects/{id}/activities', { params: { path: { id: project.id } }, body: { ...body, id } })),
    onDone,
  );
  const prefix = `activity-${id}`;
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);

  const submit = () => {
    const programmeSessions = sessions
      .filter((s) => s.title.trim() !== '')
      .map((s) => ({
        ...(s.previous ?? { organisationIds: [] }),
        id: s.id,
        kind: s.kind,
        title: withLanguage(lang, s.title, s.previous?.title),
        ...(s.day ? { day: Number(s.day) } : {}),
      }));
    // Fields the form does not show (description, deliverables, recurring) are kept as they are.
    const { id: _id, ...kept } = activity ?? { id, recurring: false, deliverables: [] };
    const body = {
      ...kept,
      phaseId: phase,
      type,
      title: textFromDraft(title),
      date: dateFromDraft(date),
      status,
      tentative,
      organisationIds,
      personIds,
      place: place.trim() ? { ...activity?.place, name: withLanguage(lang, place, activity?.place?.name) } : undefined,
      // undefined leaves the JSON: no place or programme.
      programme: programmeSessions.length > 0 || days ? { ...(days ? { days: Number(days) } : {}), sessions: programmeSessions } : undefined,
    };
    change.mutate(body);
  };

  return (
    <form
      className="entity-form activity-form"
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${prefix}-heading`} className="visually-hidden">
        {activity ? `${t('projects:editActivity')}: ${text(activity.title)}` : t('projects:addActivity')}
      </h3>
      <div className="field">
        <label htmlFor={`${prefix}-phase`}>{t('projects:phase')}</label>
        <select id={`${prefix}-phase`} value={phase} onChange={(e) => setPhase(e.target.value)}>
          {[...project.phases]
            .sort((a, b) => a.order - b.order)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.order}. {text(p.name)}
              </option>
            ))}
        </select>
      </div>
      <SelectField
        id={`${prefix}-type`}
        label={t('projects:type')}
        value={type}
        options={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`projects:activityTypes.${type}`) }))}
        onChange={setType}
      />
      <LocalizedTextField path={`${prefix}.title`} label={t('projects:activityTitle')} value={title} onChange={setTitle} issues={new Map()} required />
      <PrecisionDateFields idPrefix={prefix} legend={t('projects:date')} value={date} onChange={setDate}>
        <label className="inline-choice">
          <input type="checkbox" checked={tentative} onChange={(e) => setTentative(e.target.checked)} /> {t('projects:tentative')}
        </label>
      </PrecisionDateFields>
      <SelectField
        id={`${prefix}-status`}
        label={t('projects:status')}
        value={status}
        options={(['planned', 'in-progress', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`projects:activityStatuses.${s}`) }))}
        onChange={setStatus}
      />
      <div className="field">
        <label htmlFor={`${prefix}-place`}>{t('projects:placeName')}</label>
        <input id={`${prefix}-place`} type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
      </div>
      <fieldset className="checkbox-group scroll-list">
        <legend>{t('projects:participatingOrganisations')}</legend>
        {project.organisations.map((o) => (
          <label key={o.id} className="inline-choice">
            <input type="checkbox" checked={organisationIds.includes(o.id)} onChange={() => setOrganisationIds(toggle(organisationIds, o.id))} /> {text(o.name)}
          </label>
        ))}
      </fieldset>
      {project.people.length > 0 && (
        <fieldset className="checkbox-group scroll-list">
          <legend>{t('projects:people')}</legend>
          {project.people.map((p) => (
            <label key={p.id} className="inline-choice">
              <input type="checkbox" checked={personIds.includes(p.id)} onChange={() => setPersonIds(toggle(personIds, p.id))} /> {p.name}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('projects:sessions')}</legend>
        <div className="field">
          <label htmlFor={`${prefix}-days`}>{t('projects:programmeDays')}</label>
          <input id={`${prefix}-days`} type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        {sessions.map((s, i) => {
          const update = (patch: Partial<SessionDraft>) => setSessions(sessions.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          const sp = `${prefix}-session-${i}`;
          return (
            <div key={s.id} className="field-row session-row">
              <div className="field">
                <label htmlFor={`${sp}-kind`}>{t('projects:sessionKind')}</label>
                <select id={`${sp}-kind`} value={s.kind} onChange={(e) => update({ kind: e.target.value as Session['kind'] })}>
                  {(['plenary', 'workgroup', 'site-visit', 'meeting-block'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t(`projects:sessionKinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${sp}-title`}>{t('projects:sessionTitle')}</label>
                <input id={`${sp}-title`} type="text" value={s.title} onChange={(e) => update({ title: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${sp}-day`}>{t('projects:sessionDay')}</label>
                <input id={`${sp}-day`} type="number" min={1} value={s.day} onChange={(e) => update({ day: e.target.value })} />
              </div>
              <button type="button" onClick={() => setSessions(sessions.filter((_, j) => j !== i))}>
                {t('projects:removeSession', { n: i + 1 })}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setSessions([...sessions, { id: newId(`${id}-session`), kind: 'plenary', title: '', day: '' }])}>
          {t('projects:addSession')}
        </button>
      </fieldset>
      <FormFooter error={change.error} pending={change.isPending} onCancel={onDone} />
    </form>
  );
}
