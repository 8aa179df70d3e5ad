import { Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { AuditEntry } from '../../../shared/api/index';
import { actionText, actorText, dateTimeText, entityTypeText, recordText } from '../../../shared/audit-format';
import { audit as auditTexts } from '../../../shared/i18n/en/audit';
import { AuditChanges, useAuditWords } from '../../components/EntityHistory';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf, toQueryString } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useDataTableTexts } from '../../components/use-data-table-texts';

const PAGE_SIZE = 50;
const filterNames = ['actor', 'entityType', 'entityId', 'action', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof filterNames)[number], string>>;

/** A local calendar day (YYYY-MM-DD) as the instant it starts, or (end) the last instant of it. */
function dayBound(day: string | undefined, end = false): string | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  const date = end ? new Date(y!, m! - 1, d! + 1, 0, 0, 0, -1) : new Date(y!, m! - 1, d!);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The filters as the API reads them (dates as instants of the reader's days). */
function apiFilters(f: Filters) {
  return { actor: f.actor, entityType: f.entityType, entityId: f.entityId, action: f.action, from: dayBound(f.from), to: dayBound(f.to, true) };
}

/**
 * The audit trail for admins: who changed which record, when and how, with people and records by
 * name and values in the reader's language; filters and page in the address bar (so a view can be
 * linked to), the current filter downloadable as CSV or Excel.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const tableTexts = useDataTableTexts();
  const w = useAuditWords();
  usePageTitle(t('audit:page.title'));
  const [params, setParams] = useSearchParams();
  const filters: Filters = Object.fromEntries(filterNames.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const audit = useQuery({
    queryKey: ['audit', 'log', filters, page],
    queryFn: () => dataOf(api.GET('/api/audit', { params: { query: { ...apiFilters(filters), page, pageSize: PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
  });
  const users = useQuery({ queryKey: ['users'], queryFn: () => dataOf(api.GET('/api/users', { params: { query: { pageSize: 200 } } })) });

  const set = (patch: Filters & { page?: number }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const exportHref = (format: 'csv' | 'xlsx') => `/api/audit${toQueryString({ ...apiFilters(filters), format, lang: w.lang, timeZone })}`;
  const actorOptions = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }));
  const typeOptions = Object.keys(auditTexts.entityType).map((type) => ({ value: type, label: entityTypeText(type, w) }));
  const actionOptions = Object.keys(auditTexts.action)
    .filter((a) => a !== 'other')
    .map((a) => ({ value: a, label: actionText(a, w) }))
    .sort((a, b) => a.label.localeCompare(b.label, w.lang));
  const range: [string | null, string | null] = [filters.from ?? null, filters.to ?? null];

  return (
    <Stack component="section" gap="md">
      <Title order={1}>{t('audit:page.title')}</Title>
      <Text c="dimmed">{t('audit:page.intro')}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('audit:page.actor')}
          placeholder={t('audit:page.anyActor')}
          data={actorOptions}
          value={filters.actor ?? null}
          onChange={(actor) => set({ actor: actor ?? undefined })}
          searchable
          clearable
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('audit:page.entityType')}
          placeholder={t('audit:page.anyEntityType')}
          data={typeOptions}
          value={filters.entityType ?? null}
          onChange={(entityType) => set({ entityType: entityType ?? undefined, entityId: undefined })}
          searchable
          clearable
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('audit:page.action')}
          placeholder={t('audit:page.anyAction')}
          data={actionOptions}
          value={filters.action ?? null}
          onChange={(action) => set({ action: action ?? undefined })}
          searchable
          clearable
          w={{ base: '100%', sm: 220 }}
        />
        <DatePickerInput
          type="range"
          label={t('audit:page.dates')}
          value={range}
          onChange={([from, to]) => set({ from: from ?? undefined, to: to ?? undefined })}
          clearable
          allowSingleDateInRange
          w={{ base: '100%', sm: 260 }}
        />
        {Object.keys(filters).length > 0 && (
          <Button variant="subtle" onClick={() => setParams(new URLSearchParams())}>
            {t('audit:page.clear')}
          </Button>
        )}
      </Group>
      <Group justify="space-between" gap="sm">
        <Text aria-live="polite">{audit.data ? t('audit:page.total', { count: audit.data.total }) : ''}</Text>
        <Group gap="sm" aria-label={t('audit:page.export')} role="group">
          <Anchor href={exportHref('csv')} download>
            {t('audit:page.exportCsv')}
          </Anchor>
          <Anchor href={exportHref('xlsx')} download>
            {t('audit:page.exportXlsx')}
          </Anchor>
        </Group>
      </Group>
      {audit.isError && <ErrorMessage error={audit.error} />}
      <DataTable<AuditEntry>
        withTableBorder
        striped
        minHeight={160}
        verticalAlign="top"
        fetching={audit.isFetching}
        records={audit.data?.items ?? []}
        totalRecords={audit.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={(p) => set({ page: p, ...filters })}
        noRecordsText={t('audit:none')}
        {...tableTexts}
        columns={[
          { accessor: 'at', title: t('audit:page.when'), width: 140, render: (e) => <time dateTime={e.at}>{dateTimeText(e.at, w)}</time> },
          { accessor: 'actor', title: t('audit:page.actor'), width: 150, render: (e) => actorText(e, w) },
          { accessor: 'action', title: t('audit:page.action'), width: 130, render: (e) => actionText(e.action, w) },
          { accessor: 'entityType', title: t('audit:page.record'), width: 200, render: (e) => recordText(e, w) },
          { accessor: 'changes', title: t('audit:changes'), width: 380, render: (e) => <AuditChanges entry={e} limit={4} /> },
        ]}
      />
    </Stack>
  );
}
