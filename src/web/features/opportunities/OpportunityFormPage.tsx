import { RequireCapability } from '../../components/NotAllowed';
import { useCan, useCanWriteOpportunitiesOf } from '../accounts/session';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { industries, OpportunityInput, OpportunityStatus, OpportunityUpdate, themes, Visibility } from '../../../shared/api/index';
import type { Opportunity, RegionSummary } from '../../../shared/api/index';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormField } from '../../components/FormField';
import { FormShell } from '../../components/FormShell';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { OptionSelect } from '../../components/OptionSelect';
import { QueryView } from '../../components/QueryView';
import { RegionSelect } from '../../components/RegionSelect';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { useAllRegions, useOpportunity } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { useValidatedSubmit } from '../../lib/use-validated-submit';
import { useIndustryLabel } from './industry-label';
import { newOpportunityDraft, opportunityCandidate, opportunityDraft } from './opportunity-draft';
import type { OpportunityDraft } from './opportunity-draft';

/** `/opportunities/new[?regionId=…]` or `/opportunities/:id/edit`. */
export function OpportunityFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const regions = useAllRegions();
  // A partner official may open "new" for any region and pick their own in the form; an existing
  // opportunity is checked against its region once loaded (EditOpportunity).
  return (
    <RequireCapability
      allowed={useCan('opportunities:write')}
      title={id === undefined ? t('opportunities.newTitle') : t('opportunities.editTitle')}
      backTo={id === undefined ? '/opportunities' : `/opportunities/${encodeURIComponent(id)}`}
    >
      <QueryView query={regions}>
        {(page) => (id === undefined ? <OpportunityForm regions={page.items} /> : <EditOpportunity id={id} regions={page.items} />)}
      </QueryView>
    </RequireCapability>
  );
}

function EditOpportunity({ id, regions }: { id: string; regions: readonly RegionSummary[] }) {
  const opportunity = useOpportunity(id);
  return <QueryView query={opportunity}>{(existing) => <EditOwnOpportunity regions={regions} existing={existing} />}</QueryView>;
}

function EditOwnOpportunity({ regions, existing }: { regions: readonly RegionSummary[]; existing: Opportunity }) {
  const { t } = useTranslation();
  const allowed = useCanWriteOpportunitiesOf(existing.regionId);
  return (
    <RequireCapability allowed={allowed} title={t('opportunities.editTitle')} backTo={`/opportunities/${encodeURIComponent(existing.id)}`}>
      <OpportunityForm regions={regions} existing={existing} />
    </RequireCapability>
  );
}

function OpportunityForm({ regions, existing }: { regions: readonly RegionSummary[]; existing?: Opportunity }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const industryLabel = useIndustryLabel();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<OpportunityDraft>(() =>
    existing ? opportunityDraft(existing, lang) : newOpportunityDraft(params.get('regionId') ?? '', lang),
  );
  const title = existing ? t('opportunities.editTitle') : t('opportunities.newTitle');
  usePageTitle(title);
  const form = useValidatedSubmit({
    schema: existing ? OpportunityUpdate : OpportunityInput,
    save: (input) =>
      existing
        ? dataOf(api.PUT('/api/opportunities/{id}', { params: { path: { id: existing.id } }, body: input }))
        : dataOf(api.POST('/api/opportunities', { body: input })),
    onSaved: (saved) => void navigate(`/opportunities/${encodeURIComponent(saved.id)}`),
  });
  const set = (patch: Partial<OpportunityDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // Industries the record already has stay selectable even when they are not in the common list.
  const industryOptions = [...new Set([...industries, ...draft.industries])];

  return (
    <FormShell
      title={title}
      labels={{
        regionId: t('field.region'),
        title: t('field.title'),
        description: t('field.description'),
        themes: t('field.themes'),
        industries: t('field.industries'),
        status: t('field.status'),
        visibility: t('field.visibility'),
        source: t('field.source'),
      }}
      issues={form.issues}
      summaryRef={form.summaryRef}
      error={form.error}
      isSaving={form.isSaving}
      cancelTo={existing ? `/opportunities/${encodeURIComponent(existing.id)}` : '/opportunities'}
      onSubmit={() => form.submit(opportunityCandidate(draft))}
    >
      <FormField path="regionId" label={t('field.region')} issue={form.byPath.get('regionId')} required>
        {(control) => (
          <RegionSelect
            control={control}
            regions={regions}
            value={draft.regionId}
            onChange={(regionId) => set({ regionId })}
            emptyLabel={t('form.selectRegion')}
          />
        )}
      </FormField>
      <LocalizedTextField path="title" label={t('field.title')} value={draft.title} onChange={(value) => set({ title: value })} issues={form.byPath} required />
      <LocalizedTextField
        path="description"
        label={t('field.description')}
        value={draft.description}
        onChange={(description) => set({ description })}
        issues={form.byPath}
        multiline
      />
      <CheckboxGroup
        path="themes"
        legend={`${t('field.themes')} (${t('form.required')})`}
        options={themes.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
        selected={draft.themes}
        onChange={(selected) => set({ themes: selected })}
        issue={form.byPath.get('themes')}
      />
      <details className="optional-group" open={draft.industries.length > 0}>
        <summary>{t('field.industries')}</summary>
        <CheckboxGroup
          path="industries"
          legend={t('field.industries')}
          options={industryOptions.map((code) => ({ value: code, label: industryLabel(code) }))}
          selected={draft.industries}
          onChange={(selected) => set({ industries: selected })}
          issue={form.byPath.get('industries')}
        />
      </details>
      <div className="field-row">
        <FormField path="status" label={t('field.status')} issue={form.byPath.get('status')}>
          {(control) => (
            <OptionSelect
              control={control}
              options={OpportunityStatus.options.map((value) => ({ value, label: t(`status.${value}`) }))}
              value={draft.status}
              onChange={(status) => set({ status })}
            />
          )}
        </FormField>
        <FormField path="visibility" label={t('field.visibility')} issue={form.byPath.get('visibility')}>
          {(control) => (
            <OptionSelect
              control={control}
              options={Visibility.options.map((value) => ({ value, label: t(`visibility.${value}`) }))}
              value={draft.visibility}
              onChange={(visibility) => set({ visibility })}
            />
          )}
        </FormField>
      </div>
      <FormField path="source" label={t('field.source')} issue={form.byPath.get('source')}>
        {(control) => <input {...control} type="text" value={draft.source} onChange={(event) => set({ source: event.target.value })} />}
      </FormField>
    </FormShell>
  );
}
