import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { ProjectView } from '../../../core/projects/api';
import type { OrganisationRef, ParticipationRole, Participation } from '../../../core/projects/model';
import type { OrganisationView } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { CheckboxesField, type FieldsProps, InputField, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { newId, useText, withLanguage } from './project-data';

/** An organisation of the project with the IATI roles it plays in it. */
type OrganisationItem = OrganisationRef & { roles: ParticipationRole[] };

interface OrganisationDraft {
  name: string;
  iatiRef: string;
  iatiType: string;
  /** Set while the name is one of the directory's organisations. */
  platformOrganisationId: string;
  roles: ParticipationRole[];
}

const ROLES: readonly ParticipationRole[] = [1, 2, 3, 4];
/** IATI OrganisationType codes a cooperation project meets most. */
const IATI_TYPES = ['10', '11', '15', '22', '70', '80'] as const;
/** The IATI type that a directory organisation's type suggests. */
const SUGGESTED_TYPE: Record<OrganisationView['type'], string> = { government: '10', agency: '15', ngo: '22', company: '70', 'knowledge-institute': '80' };

/** The platform's organisations whose name contains what was typed (at most 20 suggestions). */
function useDirectory(name: string) {
  const q = name.trim();
  return useQuery({
    queryKey: ['organisations', 'directory', q],
    queryFn: () => dataOf(api.GET('/api/organisations', { params: { query: { q, pageSize: 20 } } })),
    enabled: q.length >= 2,
  });
}

function OrganisationFields({ draft, set, prefix }: FieldsProps<OrganisationDraft>) {
  const { t } = useTranslation();
  const directory = useDirectory(draft.name);
  const pick = (name: string) => {
    const match = directory.data?.items.find((o) => o.name === name);
    set({ name, platformOrganisationId: match?.id ?? '', ...(match && !draft.iatiType ? { iatiType: SUGGESTED_TYPE[match.type] } : {}) });
  };
  return (
    <>
      <InputField id={`${prefix}-name`} label={t('projects:organisationName')} required list={`${prefix}-directory`} value={draft.name} onChange={pick} />
      <datalist id={`${prefix}-directory`}>
        {directory.data?.items.map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
      <div className="field-row">
        <InputField id={`${prefix}-iati-ref`} label={t('projects:iatiRef')} value={draft.iatiRef} onChange={(iatiRef) => set({ iatiRef })} />
        <SelectField
          id={`${prefix}-iati-type`}
          label={t('projects:iatiType')}
          value={draft.iatiType}
          options={[
            { value: '', label: t('projects:notKnown') },
            ...IATI_TYPES.map((type) => ({ value: type, label: `${type} ${t(`projects:iatiTypes.${type}`)}` })),
          ]}
          onChange={(iatiType) => set({ iatiType })}
        />
      </div>
      <CheckboxesField
        legend={t('projects:iatiRoles')}
        options={ROLES.map((r) => ({ value: r, label: t(`projects:roles.${r}`) }))}
        value={draft.roles}
        onChange={(roles) => set({ roles })}
      />
    </>
  );
}

/** Organisations named by the project, from the directory or by name only, with their IATI roles. */
export function useOrganisationsEditor(project: ProjectView, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const items: OrganisationItem[] = project.organisations.map((o) => ({
    ...o,
    roles: project.participations.filter((p) => p.organisationId === o.id).map((p) => p.role),
  }));
  /** A participation keeps its id while its organisation keeps the role. */
  const participations = (list: OrganisationItem[]): Participation[] =>
    list.flatMap((o) =>
      o.roles.map(
        (role) => project.participations.find((p) => p.organisationId === o.id && p.role === role) ?? { id: newId(`${o.id}-role`), organisationId: o.id, role },
      ),
    );
  return useSectionEditor(
    project,
    {
      key: 'organisation',
      items,
      name: (o) => text(o.name),
      addLabel: t('projects:addOrganisation'),
      editLabel: t('projects:editOrganisation'),
      draftOf: (o): OrganisationDraft => ({
        name: text(o?.name),
        iatiRef: o?.iatiRef ?? '',
        iatiType: o?.iatiType ?? '',
        platformOrganisationId: o?.platformOrganisationId ?? '',
        roles: o?.roles ?? [],
      }),
      itemOf: (d, id, previous) => {
        // Fields the form does not show (the parent organisation) are kept.
        const { iatiRef: _r, iatiType: _t, platformOrganisationId: _p, ...kept } = previous ?? { id };
        return {
          ...kept,
          id,
          name: withLanguage(lang, d.name, previous?.name),
          ...(d.iatiRef.trim() ? { iatiRef: d.iatiRef.trim() } : {}),
          ...(d.iatiType ? { iatiType: d.iatiType } : {}),
          ...(d.platformOrganisationId ? { platformOrganisationId: d.platformOrganisationId } : {}),
          roles: d.roles,
        };
      },
      Fields: OrganisationFields,
      save: (list) => ({ organisations: list.map(({ roles: _roles, ...o }) => o), participations: participations(list) }),
    },
    enabled,
  );
}
