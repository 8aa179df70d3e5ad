import { Anchor, Button, Group, MultiSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { languages, pickText } from '../../../shared/api/index';
import type { LocalizedText, OrganisationListItem } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageLayout } from '../../components/PageLayout';
import { useLanguage } from '../../i18n/index';
import { api, dataOf, toQueryString } from '../../lib/api-client';
import { displayName, formatDate } from '../../lib/format';
import { useCan } from '../accounts/session';
import { type DirectoryState, type FacetKey, directoryParams, filterQuery, listQuery, pageSizes, parseDirectoryState } from './directory-query';
import { useDataTableTexts } from '../../components/use-data-table-texts';

/** `/organisations`: the directory as a data table, every choice in the URL (issue #10). */
export function OrganisationDirectoryPage() {
  const { t } = useTranslation();
  const tableTexts = useDataTableTexts();
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = parseDirectoryState(params);
  const canCreate = useCan('organisations:create');
  const canImport = useCan('imports:run');
  const list = useQuery({
    queryKey: ['organisations', 'directory', listQuery(state)],
    queryFn: () => dataOf(api.GET('/api/organisations', { params: { query: listQuery(state) } })),
    placeholderData: keepPreviousData,
  });
  const facets = useQuery({
    queryKey: ['organisations', 'facets', filterQuery(state)],
    queryFn: () => dataOf(api.GET('/api/organisations/facets', { params: { query: filterQuery(state) } })),
    placeholderData: keepPreviousData,
  });
  // Filter changes replace the history entry, so Back leaves the list instead of undoing each keystroke.
  const update = (patch: Partial<DirectoryState>) => setParams(directoryParams({ ...state, page: 1, ...patch }), { replace: true });
  const [search, setSearch] = useState(state.q);
  const sendSearch = useDebouncedCallback((q: string) => update({ q: q.trim() }), 350);

  const exportHref = (format: 'csv' | 'xlsx') => `/api/organisations/export${toQueryString({ ...filterQuery(state), format })}`;
  const actions = (
    <>
      {canCreate && (
        <Button component={Link} to="/organisations/new">
          {t('organisations:directory.new')}
        </Button>
      )}
      {canImport && (
        <>
          <Button component={Link} to="/imports" variant="default">
            {t('organisations:directory.import')}
          </Button>
          <Button component="a" href={exportHref('csv')} download variant="default" title={t('organisations:directory.exportHint')}>
            {t('organisations:directory.exportCsv')}
          </Button>
          <Button component="a" href={exportHref('xlsx')} download variant="default" title={t('organisations:directory.exportHint')}>
            {t('organisations:directory.exportXlsx')}
          </Button>
        </>
      )}
    </>
  );

  const facetData = (key: FacetKey): { value: string; label: string }[] => {
    const counts: { value: string; count: number; name?: LocalizedText }[] = facets.data?.[key] ?? [];
    const labelOf = (value: string, name?: LocalizedText) =>
      key === 'type'
        ? t(`organisationType.${value}`)
        : key === 'country'
          ? displayName(value, 'region', lang)
          : key === 'language'
            ? displayName(value, 'language', lang)
            : name
              ? pickText(name, lang).text
              : value;
    const shown = counts.map((f) => ({ value: f.value, label: `${labelOf(f.value, f.name)} (${f.count})` }));
    // A chosen value the counts no longer list (zero left) stays visible, so it can be removed.
    const missing = state[key].filter((v) => !counts.some((f) => f.value === v)).map((v) => ({ value: v, label: `${labelOf(v)} (0)` }));
    return [...shown, ...missing];
  };
  const facetLabels: Record<FacetKey, string> = {
    type: t('organisations:facet.type'),
    country: t('organisations:facet.country'),
    regionId: t('organisations:facet.region'),
    theme: t('organisations:facet.theme'),
    language: t('organisations:facet.language'),
  };
  const sortStatus: DataTableSortStatus<OrganisationListItem> = { columnAccessor: state.sort, direction: state.order };
  const page = list.data;

  return (
    <PageLayout title={t('organisations:directory.title')} lead={t('organisations:directory.lead')} actions={actions}>
      <TextInput
        type="search"
        label={t('organisations:directory.search')}
        placeholder={t('organisations:directory.searchPlaceholder')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          sendSearch(event.currentTarget.value);
        }}
        maw="40rem"
      />
      <SimpleGrid cols={{ base: 2, md: 6 }} spacing="xs" role="group" aria-label={t('organisations:directory.filters')}>
        {(['type', 'country', 'regionId', 'theme', 'language'] as const).map((key) => (
          <MultiSelect
            key={key}
            label={facetLabels[key]}
            placeholder={state[key].length ? undefined : t('organisations:facet.any')}
            data={facetData(key)}
            value={state[key]}
            onChange={(value) => update({ [key]: value } as Partial<DirectoryState>)}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        ))}
        <Select
          label={t('translation.missing.label')}
          placeholder={t('translation.missing.any')}
          data={languages.map((l) => ({ value: l, label: t(`language.name.${l}`) }))}
          value={state.missingLanguage ?? null}
          onChange={(value) => update({ missingLanguage: languages.find((l) => l === value) })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Text component="h2" fw={600} aria-live="polite" id="directory-results">
          {page ? t('organisations:directory.results', { count: page.total }) : '\u00a0'}
        </Text>
        {params.size > 0 && (
          <Anchor component={Link} to="/organisations" onClick={() => setSearch('')}>
            {t('organisations:directory.clearFilters')}
          </Anchor>
        )}
      </Group>
      {list.error ? <ErrorMessage error={list.error} /> : null}
      <DataTable<OrganisationListItem>
        aria-labelledby="directory-results"
        withTableBorder
        striped
        highlightOnHover
        minHeight={page?.items.length ? undefined : 160}
        fetching={list.isFetching}
        records={page?.items ?? []}
        idAccessor="id"
        noRecordsText={t('organisations:directory.noResults')}
        totalRecords={page?.total ?? 0}
        recordsPerPage={state.pageSize}
        page={state.page}
        onPageChange={(p) => setParams(directoryParams({ ...state, page: p }))}
        recordsPerPageOptions={pageSizes}
        onRecordsPerPageChange={(pageSize) => update({ pageSize })}
        recordsPerPageLabel={t('common:dataTable.perPage')}
        {...tableTexts}
        sortStatus={sortStatus}
        onSortStatusChange={(s) => update({ sort: s.columnAccessor as DirectoryState['sort'], order: s.direction })}
        columns={[
          {
            accessor: 'name',
            title: t('organisations:column.name'),
            sortable: true,
            render: (o) => (
              <Anchor component={Link} to={`/organisations/${encodeURIComponent(o.id)}`}>
                {o.name}
              </Anchor>
            ),
          },
          { accessor: 'type', title: t('organisations:column.type'), sortable: true, render: (o) => t(`organisationType.${o.type}`) },
          { accessor: 'country', title: t('organisations:column.country'), sortable: true, render: (o) => displayName(o.country, 'region', lang) },
          {
            accessor: 'regionName',
            title: t('organisations:column.region'),
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (o) => (o.regionName ? pickText(o.regionName, lang).text : ''),
          },
          {
            accessor: 'updated',
            title: t('organisations:column.updated'),
            sortable: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (o) => formatDate(o.updatedAt, lang),
          },
        ]}
      />
    </PageLayout>
  );
}
