import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import { type Agreement, agreementSchema } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { type DateDraft, dateDraft, dateFromDraft, PrecisionDateFields } from './PrecisionDateFields';
import { CheckboxesField, type FieldsProps, InputField, organisationOptions, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { useText, withLanguage } from './project-data';

interface AgreementDraft {
  kind: Agreement['kind'];
  title: string;
  status: Agreement['status'];
  date: DateDraft;
  parties: string[];
  signingActivityId: string;
  documentId: string;
  note: string;
}

function AgreementFields({ project, draft, set, prefix }: FieldsProps<AgreementDraft>) {
  const { t } = useTranslation();
  const text = useText();
  // Signing ceremonies first: they are the activities that sign agreements.
  const activities = project.phases.flatMap((p) => p.activities).sort((a, b) => Number(b.type === 'signing-ceremony') - Number(a.type === 'signing-ceremony'));
  return (
    <>
      <SelectField
        id={`${prefix}-kind`}
        label={t('projects:type')}
        value={draft.kind}
        options={agreementSchema.shape.kind.options.map((k) => ({ value: k, label: t(`projects:agreementKinds.${k}`) }))}
        onChange={(kind) => set({ kind })}
      />
      <InputField id={`${prefix}-title`} label={t('projects:title')} required value={draft.title} onChange={(title) => set({ title })} />
      <SelectField
        id={`${prefix}-status`}
        label={t('projects:status')}
        value={draft.status}
        options={agreementSchema.shape.status.options.map((s) => ({ value: s, label: t(`projects:agreementStatuses.${s}`) }))}
        onChange={(status) => set({ status })}
      />
      <PrecisionDateFields idPrefix={`${prefix}-date`} legend={t('projects:date')} value={draft.date} onChange={(date) => set({ date })} />
      <CheckboxesField
        legend={t('projects:parties')}
        options={organisationOptions(project, text)}
        value={draft.parties}
        onChange={(parties) => set({ parties })}
      />
      <SelectField
        id={`${prefix}-signing`}
        label={t('projects:signedAt')}
        value={draft.signingActivityId}
        options={[
          { value: '', label: t('projects:noActivity') },
          ...activities.map((a) => ({ value: a.id, label: `${text(a.title)} (${t(`projects:activityTypes.${a.type}`)})` })),
        ]}
        onChange={(signingActivityId) => set({ signingActivityId })}
      />
      <SelectField
        id={`${prefix}-document`}
        label={t('projects:agreementDocument')}
        value={draft.documentId}
        options={[{ value: '', label: t('projects:noDocument') }, ...project.documents.map((d) => ({ value: d.id, label: text(d.title) }))]}
        onChange={(documentId) => set({ documentId })}
      />
      <InputField id={`${prefix}-note`} label={t('projects:comment')} value={draft.note} onChange={(note) => set({ note })} />
    </>
  );
}

/** MoUs, government-to-government agreements and letters of intent: parties, status, date, the
 *  ceremony that signed them and the signed document. */
export function useAgreementsEditor(project: ProjectView, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
      key: 'agreement',
      items: project.agreements,
      name: (a) => text(a.title),
      addLabel: t('projects:addAgreement'),
      editLabel: t('projects:editAgreement'),
      draftOf: (a): AgreementDraft => ({
        kind: a?.kind ?? 'mou',
        title: text(a?.title),
        status: a?.status ?? 'in-preparation',
        date: dateDraft(a?.date),
        parties: a?.partyOrganisationIds ?? [],
        signingActivityId: a?.signingActivityId ?? '',
        documentId: a?.documentId ?? '',
        note: text(a?.note),
      }),
      itemOf: (d, id, previous): Agreement => ({
        id,
        kind: d.kind,
        title: withLanguage(lang, d.title, previous?.title),
        partyOrganisationIds: d.parties,
        status: d.status,
        date: dateFromDraft(d.date),
        ...(d.signingActivityId ? { signingActivityId: d.signingActivityId } : {}),
        ...(d.documentId ? { documentId: d.documentId } : {}),
        ...(d.note.trim() ? { note: withLanguage(lang, d.note, previous?.note) } : {}),
      }),
      Fields: AgreementFields,
      save: (agreements) => ({ agreements }),
    },
    enabled,
  );
}
