import { RequireCapability } from '../../components/NotAllowed';
import { useCan } from '../accounts/session';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TwinningInput, TwinningUpdate } from '../../../shared/api/index';
import type { RegionSummary, Twinning } from '../../../shared/api/index';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { FormField } from '../../components/FormField';
import { FormShell } from '../../components/FormShell';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { QueryView } from '../../components/QueryView';
import { RegionSelect } from '../../components/RegionSelect';
import { usePickText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { useAllRegions, useTwinnings } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { useDeleteAndLeave } from '../../lib/use-delete';
import { useValidatedSubmit } from '../../lib/use-validated-submit';
import { OfficesField } from './OfficesField';
import { newTwinningDraft, twinningCandidate, twinningDraft } from './twinning-draft';
import type { TwinningDraft } from './twinning-draft';

/** `/twinnings/new?regionId=…` or `/twinnings/:id/edit`; the API has no single-twinning GET, so edit looks it up in the list. */
export function TwinningFormPage() {
  const { id } = useParams();
  const regions = useAllRegions();
  const twinnings = useTwinnings();
  const { t } = useTranslation();
  return (
    <RequireCapability allowed={useCan('twinnings:write')} title={id === undefined ? t('twinnings.newTitle') : t('twinnings.editTitle')} backTo="/regions">
      <QueryView query={regions}>
        {(regionPage) =>
          id === undefined ? (
            <TwinningForm regions={regionPage.items} />
          ) : (
            <QueryView query={twinnings}>
              {(page) => <TwinningForm regions={regionPage.items} existing={page.items.find((item) => item.id === id) ?? null} />}
            </QueryView>
          )
        }
      </QueryView>
    </RequireCapability>
  );
}

function TwinningForm({ regions, existing }: { regions: readonly RegionSummary[]; existing?: Twinning | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = usePickText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = regions.find((region) => region.id === params.get('regionId'));
  const [draft, setDraft] = useState<TwinningDraft>(() => (existing ? twinningDraft(existing, lang) : newTwinningDraft(from, lang)));
  const backTo = `/regions/${encodeURIComponent(existing?.partnerRegionId ?? from?.id ?? '')}`;
  const title = existing ? t('twinnings.editTitle') : t('twinnings.newTitle');
  usePageTitle(title);

  const form = useValidatedSubmit({
    schema: existing ? TwinningUpdate : TwinningInput,
    save: (input) =>
      existing
        ? dataOf(api.PUT('/api/twinnings/{id}', { params: { path: { id: existing.id } }, body: input }))
        : dataOf(api.POST('/api/twinnings', { body: input })),
    onSaved: (saved) => void navigate(`/regions/${encodeURIComponent(saved.partnerRegionId)}`),
  });
  const remove = useDeleteAndLeave(() => dataOf(api.DELETE('/api/twinnings/{id}', { params: { path: { id: existing?.id ?? '' } } })), backTo);

  if (existing === null) return <p role="alert">{t('errors:code.not_found')}</p>;
  const set = (patch: Partial<TwinningDraft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <FormShell
      title={title}
      labels={{
        homeRegionId: t('field.homeRegion'),
        partnerRegionId: t('field.partnerRegion'),
        since: t('field.since'),
        note: t('field.note'),
        offices: t('field.offices'),
      }}
      issues={form.issues}
      summaryRef={form.summaryRef}
      error={form.error ?? (remove.isError ? remove.error : null)}
      isSaving={form.isSaving}
      cancelTo={backTo}
      onSubmit={() => form.submit(twinningCandidate(draft))}
      extraActions={
        existing && (
          <ConfirmDeleteButton
            name={t('twinnings.name', { home: pick(existing.homeRegionName), partner: pick(existing.partnerRegionName) })}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        )
      }
    >
      {(['homeRegionId', 'partnerRegionId'] as const).map((path) => (
        <FormField
          key={path}
          path={path}
          label={t(path === 'homeRegionId' ? 'field.homeRegion' : 'field.partnerRegion')}
          issue={form.byPath.get(path)}
          required
        >
          {(control) => (
            <RegionSelect
              control={control}
              regions={regions.filter((region) => region.side === (path === 'homeRegionId' ? 'home' : 'partner'))}
              value={draft[path]}
              onChange={(value) => set({ [path]: value })}
              emptyLabel={t('form.selectRegion')}
            />
          )}
        </FormField>
      ))}
      <FormField path="since" label={t('field.since')} issue={form.byPath.get('since')}>
        {(control) => <input {...control} type="number" inputMode="numeric" value={draft.since} onChange={(event) => set({ since: event.target.value })} />}
      </FormField>
      <LocalizedTextField path="note" label={t('field.note')} value={draft.note} onChange={(note) => set({ note })} issues={form.byPath} multiline />
      <OfficesField offices={draft.offices} onChange={(offices) => set({ offices })} issues={form.byPath} />
    </FormShell>
  );
}
