import { Alert, Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { languages, OrganisationType, pickText } from '../../../shared/api/index';
import type { Language, OrganisationProfile, OrganisationView } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RequireCapability } from '../../components/NotAllowed';
import { PageLayout } from '../../components/PageLayout';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { displayName } from '../../lib/format';
import { useAllRegions } from '../../lib/queries';
import { spokenLanguageOptions } from '../../lib/spoken-languages';
import { useCan, useMe } from '../accounts/session';
import { useCanEditOrganisation, useOrganisation, useOrganisationProfile } from './OrganisationPages';
import { ConceptPicker } from '../thesaurus/ConceptPicker';

type Profile = z.output<typeof OrganisationProfile>;
type Draft = {
  name: string;
  type: OrganisationView['type'];
  country: string;
  homeRegionId: string | null;
  website: string;
  visibility: OrganisationView['visibility'];
  notes: string | null;
  original: Language;
  description: Record<Language, string>;
} & Profile;

const COUNTRIES = [
  'BE',
  'NL',
  'LU',
  'DE',
  'FR',
  'GB',
  'CN',
  'HK',
  'TW',
  'DK',
  'SE',
  'FI',
  'NO',
  'AT',
  'CH',
  'IT',
  'ES',
  'PT',
  'PL',
  'CZ',
  'IE',
  'US',
  'JP',
  'KR',
  'SG',
];
const SIZES = ['micro', 'small', 'medium', 'large'] as const;

/** `/organisations/new` (programme managers) and `/organisations/:id/edit` (them, and the organisation's own members). */
export function OrganisationEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const canCreate = useCan('organisations:create');
  if (id === undefined) {
    return (
      <RequireCapability allowed={canCreate} title={t('organisations:profile.newTitle')} backTo="/organisations">
        <OrganisationForm />
      </RequireCapability>
    );
  }
  return <EditExisting id={id} />;
}

function EditExisting({ id }: { id: string }) {
  const { t } = useTranslation();
  const allowed = useCanEditOrganisation(id);
  const me = useMe();
  const organisation = useOrganisation(id);
  const profile = useOrganisationProfile(id);
  if (!me.isPending && !allowed) {
    return (
      <RequireCapability allowed={false} title={t('organisations:profile.edit')} backTo={`/organisations/${encodeURIComponent(id)}`}>
        {null}
      </RequireCapability>
    );
  }
  return <QueryView query={organisation}>{(o) => <QueryView query={profile}>{(p) => <OrganisationForm existing={o} profile={p} />}</QueryView>}</QueryView>;
}

function draftOf(o: OrganisationView | undefined, p: Profile | undefined, lang: Language): Draft {
  return {
    name: o?.name ?? '',
    type: o?.type ?? 'company',
    country: o?.country ?? '',
    homeRegionId: o?.homeRegionId ?? null,
    website: o?.website ?? '',
    visibility: o?.visibility ?? 'public',
    notes: o && 'notes' in o ? o.notes : null,
    original: o?.description?.original ?? lang,
    description: { nl: o?.description?.nl ?? '', en: o?.description?.en ?? '', zh: o?.description?.zh ?? '' },
    sectors: p?.sectors ?? [],
    capabilities: p?.capabilities ?? [],
    languages: p?.languages ?? [],
    size: p?.size ?? null,
    references: p?.references ?? [],
    people: p?.people ?? [],
  };
}

function OrganisationForm({ existing, profile }: { existing?: OrganisationView; profile?: Profile }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const regions = useAllRegions();
  const me = useMe().data;
  const manager = me?.user.role === 'programme-manager' || me?.user.role === 'admin';
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing, profile, lang));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const title = existing ? t('organisations:profile.editTitle', { name: existing.name }) : t('organisations:profile.newTitle');

  async function save() {
    setError(null);
    setSaving(true);
    const written = languages.filter((l) => draft.description[l].trim());
    const original = written.includes(draft.original) ? draft.original : written[0];
    const description = Object.fromEntries(written.map((l) => [l, draft.description[l].trim()]));
    const entry = {
      name: draft.name,
      type: draft.type,
      country: draft.country,
      homeRegionId: draft.homeRegionId,
      website: draft.website.trim() || null,
      description: original ? { original, ...description } : null,
      visibility: draft.visibility,
      ...(manager ? { notes: draft.notes } : {}),
    };
    const profileBody: Profile = {
      sectors: draft.sectors,
      capabilities: draft.capabilities,
      languages: draft.languages,
      size: draft.size,
      references: draft.references.filter((r) => r.title.trim()),
      people: draft.people.filter((p) => p.name.trim()).map((p) => ({ ...p, email: p.email?.trim() || null })),
    };
    try {
      const saved = existing
        ? await dataOf(api.PUT('/api/organisations/{id}', { params: { path: { id: existing.id } }, body: entry }))
        : await dataOf(api.POST('/api/organisations', { body: entry }));
      await dataOf(api.PUT('/api/organisations/{id}/profile', { params: { path: { id: saved.id } }, body: profileBody }));
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      await queryClient.invalidateQueries({ queryKey: ['audit', 'organisation', saved.id] });
      void navigate(`/organisations/${encodeURIComponent(saved.id)}`, { state: { saved: true } });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  const regionOptions = (regions.data?.items ?? []).map((r) => ({ value: r.id, label: pickText(r.name, lang).text }));
  const countries = [...new Set([...COUNTRIES, ...(draft.country ? [draft.country] : [])])]
    .map((code) => ({ value: code, label: displayName(code, 'region', lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const cancelTo = existing ? `/organisations/${encodeURIComponent(existing.id)}` : '/organisations';

  return (
    <PageLayout title={title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md" maw="52rem">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('organisations:profile.name')} required value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} />
            <Select
              label={t('organisations:profile.type')}
              data={OrganisationType.options.map((v) => ({ value: v, label: t(`organisationType.${v}`) }))}
              value={draft.type}
              onChange={(v) => v && set({ type: v as Draft['type'] })}
              allowDeselect={false}
            />
            <Select
              label={t('organisations:profile.country')}
              required
              searchable
              data={countries}
              value={draft.country || null}
              onChange={(v) => set({ country: v ?? '' })}
            />
            <Select
              label={t('organisations:profile.homeRegion')}
              searchable
              clearable
              placeholder={t('organisations:profile.noRegion')}
              data={regionOptions}
              value={draft.homeRegionId}
              onChange={(v) => set({ homeRegionId: v })}
            />
            <TextInput label={t('organisations:profile.website')} type="url" value={draft.website} onChange={(e) => set({ website: e.currentTarget.value })} />
            <Select
              label={t('organisations:profile.visibility')}
              data={(['public', 'members'] as const).map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
              value={draft.visibility}
              onChange={(v) => v && set({ visibility: v as Draft['visibility'] })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Fieldset legend={t('organisations:profile.description')}>
            <Stack gap="sm">
              <Select
                label={t('form.originalLanguage')}
                data={languages.map((l) => ({ value: l, label: t(`language.name.${l}`) }))}
                value={draft.original}
                onChange={(v) => v && set({ original: v as Language })}
                allowDeselect={false}
                maw="20rem"
              />
              {languages.map((l) => (
                <Textarea
                  key={l}
                  lang={l}
                  label={t('form.textIn', { name: t(`language.name.${l}`) })}
                  autosize
                  minRows={3}
                  value={draft.description[l]}
                  onChange={(e) => set({ description: { ...draft.description, [l]: e.currentTarget.value } })}
                />
              ))}
            </Stack>
          </Fieldset>
          <TagsInput label={t('organisations:profile.sectors')} value={draft.sectors} onChange={(sectors) => set({ sectors })} />
          <ConceptPicker
            label={t('organisations:profile.capabilities')}
            description={t('organisations:profile.capabilitiesHint')}
            placeholder={manager ? t('organisations:profile.conceptPlaceholder') : undefined}
            disabled={!manager}
            value={draft.capabilities}
            onChange={(capabilities) => set({ capabilities })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect
              label={t('organisations:profile.languages')}
              searchable
              data={spokenLanguageOptions(draft.languages, lang)}
              value={draft.languages}
              onChange={(value) => set({ languages: value })}
            />
            <Select
              label={t('organisations:profile.size')}
              clearable
              placeholder={t('organisations:profile.noSize')}
              data={SIZES.map((s) => ({ value: s, label: t(`organisations:profile.sizeValue.${s}`) }))}
              value={draft.size}
              onChange={(v) => set({ size: v as Draft['size'] })}
            />
          </SimpleGrid>
          <Fieldset legend={t('organisations:profile.references')}>
            <Stack gap="sm">
              {draft.references.map((r, i) => {
                const change = (patch: Partial<Draft['references'][number]>) =>
                  set({ references: draft.references.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <Group key={i} align="flex-end" gap="xs" wrap="wrap">
                    <TextInput
                      label={t('organisations:profile.referenceTitle')}
                      value={r.title}
                      onChange={(e) => change({ title: e.currentTarget.value })}
                      style={{ flex: '2 1 14rem' }}
                    />
                    <NumberInput
                      label={t('organisations:profile.referenceYear')}
                      value={r.year ?? ''}
                      onChange={(v) => change({ year: typeof v === 'number' ? v : null })}
                      min={1900}
                      max={2100}
                      w="7rem"
                    />
                    <TextInput
                      label={t('organisations:profile.referenceUrl')}
                      type="url"
                      value={r.url ?? ''}
                      onChange={(e) => change({ url: e.currentTarget.value || null })}
                      style={{ flex: '2 1 12rem' }}
                    />
                    <Textarea
                      label={t('organisations:profile.referenceDescription')}
                      value={r.description ?? ''}
                      onChange={(e) => change({ description: e.currentTarget.value || null })}
                      style={{ flex: '1 1 100%' }}
                    />
                    <Button variant="subtle" color="red" onClick={() => set({ references: draft.references.filter((_, j) => j !== i) })}>
                      {t('organisations:profile.remove')}
                    </Button>
                  </Group>
                );
              })}
              <Button variant="light" onClick={() => set({ references: [...draft.references, { title: '' }] })} w="fit-content">
                {t('organisations:profile.addReference')}
              </Button>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('organisations:profile.people')}>
            <Stack gap="sm">
              {draft.people.map((p, i) => {
                const change = (patch: Partial<Draft['people'][number]>) => set({ people: draft.people.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <Group key={i} align="flex-end" gap="xs" wrap="wrap">
                    <TextInput
                      label={t('organisations:profile.personName')}
                      value={p.name}
                      onChange={(e) => change({ name: e.currentTarget.value })}
                      style={{ flex: '1 1 12rem' }}
                    />
                    <TextInput
                      label={t('organisations:profile.personRole')}
                      value={p.role ?? ''}
                      onChange={(e) => change({ role: e.currentTarget.value || null })}
                      style={{ flex: '1 1 10rem' }}
                    />
                    <TextInput
                      label={t('organisations:profile.personEmail')}
                      type="email"
                      value={p.email ?? ''}
                      onChange={(e) => change({ email: e.currentTarget.value })}
                      style={{ flex: '1 1 12rem' }}
                    />
                    <TextInput
                      label={t('organisations:profile.personPhone')}
                      type="tel"
                      value={p.phone ?? ''}
                      onChange={(e) => change({ phone: e.currentTarget.value || null })}
                      style={{ flex: '1 1 9rem' }}
                    />
                    <Button variant="subtle" color="red" onClick={() => set({ people: draft.people.filter((_, j) => j !== i) })}>
                      {t('organisations:profile.remove')}
                    </Button>
                  </Group>
                );
              })}
              <Button variant="light" onClick={() => set({ people: [...draft.people, { name: '' }] })} w="fit-content">
                {t('organisations:profile.addPerson')}
              </Button>
            </Stack>
          </Fieldset>
          {manager && (
            <Textarea
              label={t('organisations:profile.notes')}
              autosize
              minRows={2}
              value={draft.notes ?? ''}
              onChange={(e) => set({ notes: e.currentTarget.value || null })}
            />
          )}
          {error !== null && (
            <Alert color="red" role="alert">
              <ErrorMessage error={error} />
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
            <Button component={Link} to={cancelTo} variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PageLayout>
  );
}
