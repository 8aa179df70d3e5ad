import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import { type Body, bodySchema, type Person } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { type FieldsProps, InputField, organisationOptions, RowsField, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { newId, useText, withLanguage } from './project-data';

type Member = Body['members'][number];
/** A member as the form shows it: the person by name (a new name becomes a person of the project). */
type MemberItem = Omit<Member, 'personId'> & { personName?: string };
type BodyItem = Omit<Body, 'members'> & { members: MemberItem[] };

interface MemberDraft {
  id: string;
  person: string;
  organisationId: string;
  role: string;
  previous?: MemberItem;
}

interface BodyDraft {
  kind: Body['kind'];
  name: string;
  members: MemberDraft[];
}

function BodyFields({ project, draft, set, prefix }: FieldsProps<BodyDraft>) {
  const { t } = useTranslation();
  const text = useText();
  return (
    <>
      <SelectField
        id={`${prefix}-kind`}
        label={t('projects:type')}
        value={draft.kind}
        options={bodySchema.shape.kind.options.map((k) => ({ value: k, label: t(`projects:bodyKinds.${k}`) }))}
        onChange={(kind) => set({ kind })}
      />
      <InputField id={`${prefix}-name`} label={t('projects:bodyName')} required value={draft.name} onChange={(name) => set({ name })} />
      <RowsField
        legend={t('projects:members')}
        rows={draft.members}
        onChange={(members) => set({ members })}
        newRow={() => ({ id: newId(`${prefix}-member`), person: '', organisationId: '', role: '' })}
        addLabel={t('projects:addMember')}
        removeLabel={(n) => t('projects:removeMember', { n })}
      >
        {(m, update, i) => (
          <>
            <InputField
              id={`${prefix}-member-${i}-person`}
              label={t('projects:memberPerson', { n: i + 1 })}
              value={m.person}
              onChange={(person) => update({ person })}
            />
            <SelectField
              id={`${prefix}-member-${i}-organisation`}
              label={t('projects:memberOrganisation', { n: i + 1 })}
              value={m.organisationId}
              options={organisationOptions(project, text, t('projects:noOrganisation'))}
              onChange={(organisationId) => update({ organisationId })}
            />
            <InputField id={`${prefix}-member-${i}-role`} label={t('projects:memberRole', { n: i + 1 })} value={m.role} onChange={(role) => update({ role })} />
          </>
        )}
      </RowsField>
    </>
  );
}

/** Steering committees and working groups with their members (people and/or organisations). */
export function useBodiesEditor(project: ProjectView, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const personName = (id: string | undefined) => project.people.find((p) => p.id === id)?.name;
  const items: BodyItem[] = project.bodies.map((b) => ({
    ...b,
    members: b.members.map(({ personId, ...m }) => ({ ...m, ...(personId ? { personName: personName(personId) } : {}) })),
  }));
  /** Members name people: an unknown name becomes a new person of the project. */
  const save = (bodies: BodyItem[]) => {
    const people: Person[] = [...project.people];
    const personOf = (name: string, organisationId: string | undefined): string => {
      const known = people.find((p) => p.name === name);
      if (known) return known.id;
      const person = { id: newId(`${project.id}-person`), name, ...(organisationId ? { organisationId } : {}) };
      people.push(person);
      return person.id;
    };
    const stored = bodies.map((b) => ({
      ...b,
      members: b.members.map(({ personName: name, ...m }) => ({ ...m, ...(name ? { personId: personOf(name, m.organisationId) } : {}) })),
    }));
    return { bodies: stored, people };
  };
  return useSectionEditor(
    project,
    {
      key: 'body',
      items,
      name: (b) => text(b.name),
      addLabel: t('projects:addBody'),
      editLabel: t('projects:editBody'),
      draftOf: (b): BodyDraft => ({
        kind: b?.kind ?? 'steering-committee',
        name: text(b?.name),
        members: (b?.members ?? []).map((m) => ({
          id: m.id,
          person: m.personName ?? '',
          organisationId: m.organisationId ?? '',
          role: text(m.role),
          previous: m,
        })),
      }),
      itemOf: (d, id, previous): BodyItem => ({
        id,
        kind: d.kind,
        name: withLanguage(lang, d.name, previous?.name),
        members: d.members
          .filter((m) => m.person.trim() || m.organisationId)
          .map((m) => ({
            id: m.id,
            ...(m.person.trim() ? { personName: m.person.trim() } : {}),
            ...(m.organisationId ? { organisationId: m.organisationId } : {}),
            ...(m.role.trim() ? { role: withLanguage(lang, m.role, m.previous?.role) } : {}),
          })),
      }),
      Fields: BodyFields,
      save,
    },
    enabled,
  );
}
