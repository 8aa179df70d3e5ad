import type { ProjectView } from '../../../core/projects/api';
import { type Agreement, agreementSchema } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { type DateDraft, dateDraft, dateFromDraft, PrecisionDateFields } from './PrecisionDateFields';
import { CheckboxesField, type FieldsProps, InputField, organisationOptions, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { useText, withLanguage } from './project-data';
import { useProjectTexts } from './texts';

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
  const tx = useProjectTexts();
  const text = useText();
  // Signing ceremonies first: they are the activities that sign agreements.
  const activities = project.phases
    .flatMap((p) => p.activities)
    .sort((a, b) => Number(b.type === 'signing-ceremony') - Number(a.type === 'signing-ceremony'));
  return (
    <>
      <SelectField
        id={`${prefix}-kind`}
        label={tx.type}
        value={draft.kind}
        options={agreementSchema.shape.kind.options.map((k) => ({ value: k, label: tx.agreementKinds[k] ?? k }))}
        onChange={(kind) => set({ kind })}
      />
      <InputField id={`${prefix}-title`} label={tx.title} required value={draft.title} onChange={(title) => set({ title })} />
      <SelectField
        id={`${prefix}-status`}
        label={tx.status}
        value={draft.status}
        options={agreementSchema.shape.status.options.map((s) => ({ value: s, label: tx.agreementStatuses[s] ?? s }))}
        onChange={(status) => set({ status })}
      />
      <PrecisionDateFields idPrefix={`${prefix}-date`} legend={tx.date} value={draft.date} onChange={(date) => set({ date })} />
      <CheckboxesField legend={tx.parties} options={organisationOptions(project, text)} value={draft.parties} onChange={(parties) => set({ parties })} />
      <SelectField
        id={`${prefix}-signing`}
        label={tx.signedAt}
        value={draft.signingActivityId}
        options={[{ value: '', label: tx.noActivity }, ...activities.map((a) => ({ value: a.id, label: `${text(a.title)} (${tx.activityTypes[a.type]})` }))]}
        onChange={(signingActivityId) => set({ signingActivityId })}
      />
      <SelectField
        id={`${prefix}-document`}
        label={tx.agreementDocument}
        value={draft.documentId}
        options={[{ value: '', label: tx.noDocument }, ...project.documents.map((d) => ({ value: d.id, label: text(d.title) }))]}
        onChange={(documentId) => set({ documentId })}
      />
      <InputField id={`${prefix}-note`} label={tx.comment} value={draft.note} onChange={(note) => set({ note })} />
    </>
  );
}

/** MoUs, government-to-government agreements and letters of intent: parties, status, date, the
 *  ceremony that signed them and the signed document. */
export function useAgreementsEditor(project: ProjectView, enabled: boolean): SectionControls {
  const tx = useProjectTexts();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
        key: 'agreement',
        items: project.agreements,
        name: (a) => text(a.title),
        addLabel: tx.addAgreement,
        editLabel: tx.editAgreement,
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
