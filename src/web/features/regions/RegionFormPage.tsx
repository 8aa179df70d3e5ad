import { RequireCapability } from '../../components/NotAllowed';
import { useCan } from '../accounts/session';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RegionInput, RegionLevel, RegionSide, RegionUpdate } from '../../../shared/api/index';
import type { Region, RegionSummary } from '../../../shared/api/index';
import { FormField } from '../../components/FormField';
import { FormShell } from '../../components/FormShell';
import { LocalizedListField } from '../../components/LocalizedListField';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { OptionSelect } from '../../components/OptionSelect';
import { QueryView } from '../../components/QueryView';
import { RegionSelect } from '../../components/RegionSelect';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { useAllRegions, useRegion } from '../../lib/queries';
import { createsRecord } from '../../lib/form-values';
import { usePageTitle } from '../../lib/use-page-title';
import { useValidatedSubmit } from '../../lib/use-validated-submit';
import { newRegionDraft, regionCandidate, regionDraft } from './region-draft';
import type { RegionDraft } from './region-draft';

export function RegionFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const regions = useAllRegions();
  return (
    <RequireCapability
      allowed={useCan('regions:write')}
      title={id === undefined ? t('regions.newTitle') : t('regions.editTitle')}
      backTo={id === undefined ? '/regions' : `/regions/${encodeURIComponent(id)}`}
    >
      <QueryView query={regions}>{(page) => (id === undefined ? <RegionForm regions={page.items} /> : <EditRegion id={id} regions={page.items} />)}</QueryView>
    </RequireCapability>
  );
}

function EditRegion({ id, regions }: { id: string; regions: readonly RegionSummary[] }) {
  const region = useRegion(id);
  return <QueryView query={region}>{(existing) => <RegionForm regions={regions} existing={existing} />}</QueryView>;
}

const qualifiers = ['exact', 'approx', 'more-than'] as const;

function RegionForm({ regions, existing }: { regions: readonly RegionSummary[]; existing?: Region }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RegionDraft>(() => (existing ? regionDraft(existing, lang) : newRegionDraft(lang)));
  const title = existing ? t('regions.editTitle') : t('regions.newTitle');
  usePageTitle(title);
  const form = useValidatedSubmit({
    schema: existing ? RegionUpdate : RegionInput,
    save: (input) =>
      createsRecord(input)
        ? dataOf(api.POST('/api/regions', { body: input }))
        : dataOf(api.PUT('/api/regions/{id}', { params: { path: { id: existing?.id ?? '' } }, body: input })),
    onSaved: (saved) => void navigate(`/regions/${encodeURIComponent(saved.id)}`),
  });
  const set = (patch: Partial<RegionDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const issue = (path: string) => form.byPath.get(path);
  const numberInput = (path: 'population' | 'areaKm2' | 'lat' | 'lon', label: string, issuePath: string = path) => (
    <FormField path={issuePath} label={label} issue={issue(issuePath)}>
      {(control) => <input {...control} type="number" step="any" value={draft[path]} onChange={(event) => set({ [path]: event.target.value })} />}
    </FormField>
  );

  return (
    <FormShell
      title={title}
      labels={{
        id: t('field.id'),
        side: t('field.side'),
        level: t('field.level'),
        parentId: t('field.parent'),
        country: t('field.country'),
        name: t('field.name'),
        capital: t('field.capital'),
        description: t('field.description'),
        population: t('field.population'),
        populationQualifier: t('field.populationQualifier'),
        areaKm2: t('field.areaKm2'),
        'location.lat': t('field.latitude'),
        'location.lon': t('field.longitude'),
        facts: t('field.facts'),
        industries: t('field.industries'),
      }}
      issues={form.issues}
      summaryRef={form.summaryRef}
      error={form.error}
      isSaving={form.isSaving}
      cancelTo={existing ? `/regions/${encodeURIComponent(existing.id)}` : '/regions'}
      onSubmit={() => form.submit(regionCandidate(draft))}
    >
      {!existing && (
        <FormField path="id" label={t('field.id')} hint={t('field.idHint')} issue={issue('id')} required>
          {(control) => (
            <input {...control} type="text" autoCapitalize="off" spellCheck={false} value={draft.id} onChange={(event) => set({ id: event.target.value })} />
          )}
        </FormField>
      )}
      <LocalizedTextField path="name" label={t('field.name')} value={draft.name} onChange={(name) => set({ name })} issues={form.byPath} required />
      <div className="field-row">
        <FormField path="side" label={t('field.side')} issue={issue('side')} required>
          {(control) => (
            <OptionSelect
              control={control}
              options={RegionSide.options.map((value) => ({ value, label: t(`regions.side.${value}`) }))}
              value={draft.side}
              onChange={(side) => set({ side })}
            />
          )}
        </FormField>
        <FormField path="level" label={t('field.level')} issue={issue('level')} required>
          {(control) => (
            <OptionSelect
              control={control}
              options={RegionLevel.options.map((value) => ({ value, label: t(`regions.level.${value}`) }))}
              value={draft.level}
              onChange={(level) => set({ level })}
            />
          )}
        </FormField>
        <FormField path="country" label={t('field.country')} hint={t('field.countryHint')} issue={issue('country')} required>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={2}
              autoCapitalize="characters"
              value={draft.country}
              onChange={(event) => set({ country: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <FormField path="parentId" label={t('field.parent')} issue={issue('parentId')}>
        {(control) => (
          <RegionSelect
            control={control}
            regions={regions.filter((region) => region.id !== existing?.id)}
            value={draft.parentId}
            onChange={(parentId) => set({ parentId })}
            emptyLabel={t('form.none')}
          />
        )}
      </FormField>
      <LocalizedTextField path="capital" label={t('field.capital')} value={draft.capital} onChange={(capital) => set({ capital })} issues={form.byPath} />
      <LocalizedTextField
        path="description"
        label={t('field.description')}
        value={draft.description}
        onChange={(description) => set({ description })}
        issues={form.byPath}
        multiline
      />
      <div className="field-row">
        {numberInput('population', t('field.population'))}
        <FormField path="populationQualifier" label={t('field.populationQualifier')} issue={issue('populationQualifier')}>
          {(control) => (
            <OptionSelect
              control={control}
              options={qualifiers.map((value) => ({ value, label: t(`field.qualifier.${value}`) }))}
              value={draft.populationQualifier}
              onChange={(populationQualifier) => set({ populationQualifier })}
            />
          )}
        </FormField>
        {numberInput('areaKm2', t('field.areaKm2'))}
      </div>
      <div className="field-row">
        {numberInput('lat', t('field.latitude'), 'location.lat')}
        {numberInput('lon', t('field.longitude'), 'location.lon')}
      </div>
      <LocalizedListField
        path="facts"
        label={t('field.facts')}
        itemLabel={t('field.fact')}
        items={draft.facts}
        onChange={(facts) => set({ facts })}
        issues={form.byPath}
      />
      <LocalizedListField
        path="industries"
        label={t('field.industries')}
        itemLabel={t('field.industry')}
        items={draft.industries}
        onChange={(industries) => set({ industries })}
        issues={form.byPath}
      />
    </FormShell>
  );
}
