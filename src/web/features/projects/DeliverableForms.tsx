import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ProjectView } from '../../../core/projects/api';
import type { Deliverable } from '../../../core/projects/model';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { draftFromText, textFromDraft } from '../../lib/localized-draft';
import { FormFooter, FormProblem } from './FormProblem';
import { InlineForm } from './InlineForm';
import { dateDraft, dateFromDraft, PrecisionDateFields } from './PrecisionDateFields';
import { SelectField } from './SelectField';
import { useProjectChange, useText, withLanguage } from './project-data';

/** Marks a deliverable delivered with a note and, optionally, a project document as evidence. */
export function DeliveredForm({ project, deliverable }: { project: ProjectView; deliverable: Deliverable }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const [note, setNote] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [open, setOpen] = useState(false);
  const change = useProjectChange(
    project.id,
    (body: BodyOf<'/api/projects/{id}/deliverables/{deliverableId}/delivered', 'post'>) =>
      dataOf(
        api.POST('/api/projects/{id}/deliverables/{deliverableId}/delivered', { params: { path: { id: project.id, deliverableId: deliverable.id } }, body }),
      ),
    () => setOpen(false),
  );
  const prefix = `delivered-${deliverable.id}`;
  return (
    <InlineForm
      open={open}
      onOpenChange={setOpen}
      summary={
        <>
          {t('projects:markDelivered')}
          <span className="visually-hidden">: {text(deliverable.title)}</span>
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate({ evidence: [{ note: withLanguage(lang, note), ...(documentId ? { documentId } : {}) }] });
        }}
      >
        <div className="field">
          <label htmlFor={`${prefix}-note`}>{t('projects:evidenceNote')}</label>
          <textarea id={`${prefix}-note`} rows={2} required value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {project.documents.length > 0 && (
          <div className="field">
            <label htmlFor={`${prefix}-document`}>{t('projects:evidenceDocument')}</label>
            <select id={`${prefix}-document`} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              <option value="">{t('projects:noDocument')}</option>
              {project.documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {text(d.title)}
                </option>
              ))}
            </select>
          </div>
        )}
        <FormProblem error={change.error} />
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('projects:markDelivered')}
        </button>
      </form>
    </InlineForm>
  );
}

/**
 * Adds a deliverable to an activity of a phase, or edits one (moving it to another activity if
 * chosen): title, due date as precise as known, owner organisation and status. "Delivered" is
 * set by the form above, with its evidence.
 */
export function DeliverableForm({
  project,
  deliverable,
  activityId,
  onDone,
}: {
  project: ProjectView;
  deliverable?: Deliverable;
  activityId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const [activity, setActivity] = useState(activityId);
  const [title, setTitle] = useState(draftFromText(deliverable?.title, lang));
  const [due, setDue] = useState(dateDraft(deliverable?.due));
  const [owner, setOwner] = useState(deliverable?.ownerOrganisationId ?? '');
  const [status, setStatus] = useState<Deliverable['status']>(deliverable?.status ?? 'planned');
  const change = useProjectChange(
    project.id,
    (body: BodyOf<'/api/projects/{id}/deliverables', 'post'>) =>
      deliverable
        ? dataOf(api.PUT('/api/projects/{id}/deliverables/{deliverableId}', { params: { path: { id: project.id, deliverableId: deliverable.id } }, body }))
        : dataOf(api.POST('/api/projects/{id}/deliverables', { params: { path: { id: project.id } }, body })),
    onDone,
  );
  const prefix = `deliverable-${deliverable?.id ?? `new-${activityId}`}`;
  const statuses = deliverable?.status === 'delivered' ? (['delivered', 'cancelled'] as const) : (['planned', 'in-progress', 'cancelled'] as const);
  return (
    <form
      className="entity-form deliverable-form"
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate({ activityId: activity, title: textFromDraft(title), due: dateFromDraft(due), status, ...(owner ? { ownerOrganisationId: owner } : {}) });
      }}
    >
      <h3 id={`${prefix}-heading`} className="visually-hidden">
        {deliverable ? `${t('projects:editDeliverable')}: ${text(deliverable.title)}` : t('projects:addDeliverable')}
      </h3>
      <div className="field">
        <label htmlFor={`${prefix}-activity`}>{t('projects:deliverableActivity')}</label>
        <select id={`${prefix}-activity`} value={activity} onChange={(e) => setActivity(e.target.value)}>
          {[...project.phases]
            .sort((a, b) => a.order - b.order)
            .map((p) => (
              <optgroup key={p.id} label={`${p.order}. ${text(p.name)}`}>
                {p.activities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {text(a.title)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <LocalizedTextField path={`${prefix}.title`} label={t('projects:deliverableTitle')} value={title} onChange={setTitle} issues={new Map()} required />
      <PrecisionDateFields idPrefix={`${prefix}-due`} legend={t('projects:due')} value={due} onChange={setDue} />
      <SelectField
        id={`${prefix}-owner`}
        label={t('projects:owner')}
        value={owner}
        options={[{ value: '', label: t('projects:noOwner') }, ...project.organisations.map((o) => ({ value: o.id, label: text(o.name) }))]}
        onChange={setOwner}
      />
      <SelectField
        id={`${prefix}-status`}
        label={t('projects:status')}
        value={status}
        options={statuses.map((s) => ({ value: s, label: t(`projects:deliverableStatuses.${s}`) }))}
        onChange={setStatus}
      />
      <FormFooter error={change.error} pending={change.isPending} onCancel={onDone} />
    </form>
  );
}
