import { Button, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { themes } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePickText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { api, dataOf, toQueryString } from '../../lib/api-client';
import { useAllRegions, useTwinnings } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';

type Filters = { from: string; to: string; regionId: string; twinningId: string; theme: string };
const empty: Filters = { from: '', to: '', regionId: '', twinningId: '', theme: '' };

/** The programme report: the loop's funnel and table, the events' outcomes, PDF and XLSX in the UI language. */
export function ReportPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('followUp:report'));
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const report = useQuery({
    queryKey: ['follow-up', 'report', filters],
    queryFn: () => dataOf(api.GET('/api/follow-up/report', { params: { query: filters } })),
  });
  const max = Math.max(1, ...(report.data?.funnel.map((s) => s.count) ?? []));
  return (
    <article>
      <h1>{t('followUp:report')}</h1>
      <ReportFilters draft={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} onSubmit={() => setFilters(draft)} />
      {report.isError && <ErrorMessage error={report.error} />}
      {report.data && (
        <>
          <table aria-label={t('followUp:report')} style={{ width: '100%', maxWidth: 720 }}>
            <thead>
              <tr>
                <th scope="col">{t('programmeReport:measure')}</th>
                <th scope="col">{t('programmeReport:count')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('programmeReport:count')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {report.data.funnel.map((step) => (
                <tr key={step.measure} data-testid={`measure-${step.measure}`}>
                  <th scope="row" style={{ textAlign: 'left' }}>
                    {t(`programmeReport:measures.${step.measure}`)}
                  </th>
                  <td>{step.count}</td>
                  <td aria-hidden="true" style={{ width: '60%' }}>
                    <span style={{ display: 'inline-block', height: '0.8em', background: '#1a4d2e', width: `${(100 * step.count) / max}%`, minWidth: 2 }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.data.events.length > 0 && (
            <section aria-labelledby="report-events">
              <h2 id="report-events">{t('programmeReport:events')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('programmeReport:event')}</th>
                    <th scope="col">{t('programmeReport:meetings')}</th>
                    <th scope="col">{t('programmeReport:answered')}</th>
                    <th scope="col">{t('programmeReport:agreed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.events.map((e) => (
                    <tr key={e.eventId}>
                      <td>{e.title}</td>
                      <td>{e.meetings}</td>
                      <td>{e.answered}</td>
                      <td>{e.followUpsAgreed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <p>
            {t('followUp:download')}: <a href={`/api/follow-up/report${toQueryString({ ...filters, lang, format: 'pdf' })}`}>PDF</a> ·{' '}
            <a href={`/api/follow-up/report${toQueryString({ ...filters, lang, format: 'xlsx' })}`}>XLSX</a>
          </p>
        </>
      )}
    </article>
  );
}

/**
 * The report's filters as pickers with readable names: a period (range of days), a region (grouped
 * by side; an official's own region and the ones below it), a twinning ("home – partner") and a theme.
 */
function ReportFilters({ draft, onChange, onSubmit }: { draft: Filters; onChange: (patch: Partial<Filters>) => void; onSubmit: () => void }) {
  const { t } = useTranslation();
  const pick = usePickText();
  const user = useMe().data?.user;
  const regions = useAllRegions();
  const twinnings = useTwinnings();
  const all = regions.data?.items ?? [];
  // An official reports on their region and the regions below it only (the API refuses others).
  const within = (id: string | null, root: string): boolean => {
    for (let at = id, depth = 0; at && depth < 10; at = all.find((r) => r.id === at)?.parentId ?? null, depth++) if (at === root) return true;
    return false;
  };
  const official = user?.role === 'partner-official' && user.regionId ? user.regionId : null;
  const reachable = official ? all.filter((r) => within(r.id, official)) : all;
  const regionData = (['home', 'partner'] as const)
    .map((side) => ({
      group: t(side === 'home' ? 'followUpLinks:report.homeRegions' : 'followUpLinks:report.partnerRegions'),
      items: reachable.filter((r) => r.side === side).map((r) => ({ value: r.id, label: pick(r.name) })),
    }))
    .filter((g) => g.items.length > 0);
  const twinningData = (twinnings.data?.items ?? []).map((tw) => ({
    value: tw.id,
    label: t('twinnings.name', { home: pick(tw.homeRegionName), partner: pick(tw.partnerRegionName) }),
  }));
  const themeData = themes.map((id) => ({ value: id, label: t(`theme.${id}`) }));
  return (
    <form
      role="search"
      aria-label={t('followUpLinks:report.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Group gap="sm" align="flex-end" mb="md">
        <DatePickerInput
          type="range"
          label={t('followUpLinks:report.period')}
          placeholder={t('followUpLinks:report.periodPlaceholder')}
          value={[draft.from || null, draft.to || null]}
          onChange={([from, to]) => onChange({ from: from ?? '', to: to ?? '' })}
          clearable
          allowSingleDateInRange
          valueFormat="YYYY-MM-DD"
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('followUpLinks:report.region')}
          placeholder={t('followUpLinks:report.anyRegion')}
          data={regionData}
          value={draft.regionId || null}
          onChange={(v) => onChange({ regionId: v ?? '' })}
          searchable
          clearable
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('followUpLinks:report.twinning')}
          placeholder={t('followUpLinks:report.anyTwinning')}
          data={twinningData}
          value={draft.twinningId || null}
          onChange={(v) => onChange({ twinningId: v ?? '' })}
          searchable
          clearable
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('followUpLinks:report.theme')}
          placeholder={t('followUpLinks:report.anyTheme')}
          data={themeData}
          value={draft.theme || null}
          onChange={(v) => onChange({ theme: v ?? '' })}
          searchable
          clearable
          w={{ base: '100%', sm: 220 }}
        />
        <Button type="submit">{t('followUpLinks:report.show')}</Button>
      </Group>
    </form>
  );
}
