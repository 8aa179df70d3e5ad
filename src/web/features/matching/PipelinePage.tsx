import { Badge, Button, Checkbox, Collapse, Group, Menu, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type MatchItem, type MatchStatus, matchStatuses, themes } from '../../../shared/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageLayout } from '../../components/PageLayout';
import { usePickText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { toQueryString } from '../../lib/api-client';
import { useAllRegions } from '../../lib/queries';
import { useCan } from '../accounts/session';
import { MatchFollowUpProvider } from '../follow-up/MatchFollowUp';
import { MatchPlanModal } from './MatchPlanModal';
import { PipelineBoard } from './PipelineBoard';
import { PipelineTable } from './PipelineTable';
import { useMoveMatch, useOwners, usePipeline } from './pipeline-data';
import { filterQuery, isOverdue, type PipelineState, parsePipelineState, pipelineParams } from './pipeline-state';
import { RecomputeStatus } from './RecomputeStatus';

/** The board holds at most this many matches (the API's largest page); the table pages through all. */
const BOARD_LIMIT = 500;

/**
 * Programme managers' pipeline of matches, as a board (columns by status, cards moved by drag,
 * keyboard or menu) or a table (pages, sorting, selection with a bulk status change). Filters,
 * view, page and sort live in the address bar; the export downloads what the filters select.
 */
export function PipelinePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = usePickText();
  const [params, setParams] = useSearchParams();
  const state = parsePipelineState(params);
  const update = (patch: Partial<PipelineState>) => {
    const filterChanged = Object.keys(patch).some((k) => !['page', 'pageSize', 'sort', 'order', 'view'].includes(k));
    setParams(pipelineParams({ ...state, ...(filterChanged ? { page: 1 } : {}), ...patch }), { replace: true });
  };
  const canManage = useCan('matches:manage');
  const regions = useAllRegions();
  const owners = useOwners();
  const move = useMoveMatch();
  const [planned, setPlanned] = useState<MatchItem | null>(null);
  const [search, setSearch] = useState(state.q);
  const commitSearch = useDebouncedCallback((q: string) => update({ q }), 300);
  // On a phone the filters fold away behind one button (they would fill the first screen).
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, filtersToggle] = useDisclosure(false);

  const filters = filterQuery(state, lang);
  const board = state.view === 'board';
  const page = usePipeline(
    board
      ? { ...filters, sort: 'nextAction', order: 'asc', pageSize: BOARD_LIMIT }
      : { ...filters, sort: state.sort, order: state.order, page: state.page, pageSize: state.pageSize },
  );

  const regionItems = regions.data?.items ?? [];
  const regionName = (id: string) => {
    const region = regionItems.find((r) => r.id === id);
    return region ? pick(region.name) : '';
  };
  const regionData = (['partner', 'home'] as const)
    .map((side) => ({
      group: side === 'partner' ? t('matching:pipeline.partnerRegions') : t('matching:pipeline.homeRegions'),
      items: regionItems.filter((r) => r.side === side).map((r) => ({ value: r.id, label: pick(r.name) })),
    }))
    .filter((g) => g.items.length > 0);
  const ownerData = [
    { value: 'none', label: t('matching:pipeline.noOwner') },
    ...(owners.data?.items ?? []).map((o) => ({ value: o.id, label: o.displayName })),
  ];
  const statusData = matchStatuses.map((s) => ({ value: s, label: t(`matching:status.${s}`) }));
  const themeData = themes.map((id) => ({ value: id, label: t(`theme.${id}`) }));
  const exportHref = (format: 'csv' | 'xlsx') => `/api/matches${toQueryString({ ...filters, sort: state.sort, order: state.order, format })}`;
  const overdue = page.data?.items.filter((m) => isOverdue(m.nextActionOn)).length ?? 0;
  const activeFilters = ['q', 'region', 'themes', 'owner', 'status', 'overdue'].filter((p) => params.has(p)).length;
  const filtered = params.has('q') || params.has('region') || params.has('themes') || params.has('owner') || params.has('status') || params.has('overdue');

  const actions = (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" data-testid="export-button">
          {t('matching:pipeline.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={exportHref('csv')} download="matches.csv">
          {t('matching:pipeline.exportCsv')}
        </Menu.Item>
        <Menu.Item component="a" href={exportHref('xlsx')} download="matches.xlsx">
          {t('matching:pipeline.exportXlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <MatchFollowUpProvider>
      <PageLayout title={t('matching:pipeline.title')} lead={t('matching:pipeline.lead')} actions={actions}>
        <RecomputeStatus />
        {narrow && (
          <Button variant="default" onClick={filtersToggle.toggle} aria-expanded={filtersOpen} aria-controls="pipeline-filters">
            {activeFilters ? t('matching:pipeline.filtersActive', { count: activeFilters }) : t('matching:pipeline.filters')}
          </Button>
        )}
        <Collapse expanded={!narrow || filtersOpen}>
          <form id="pipeline-filters" role="search" aria-label={t('matching:pipeline.filters')} onSubmit={(e) => e.preventDefault()}>
            <Group gap="sm" align="flex-end">
              <TextInput
                label={t('matching:pipeline.search')}
                placeholder={t('matching:pipeline.searchPlaceholder')}
                value={search}
                onChange={(e) => {
                  setSearch(e.currentTarget.value);
                  commitSearch(e.currentTarget.value);
                }}
                w={{ base: '100%', sm: 220 }}
              />
              <Select
                label={t('matching:pipeline.region')}
                placeholder={t('matching:pipeline.anyRegion')}
                data={regionData}
                value={state.regionId || null}
                onChange={(v) => update({ regionId: v ?? '' })}
                searchable
                clearable
                w={{ base: '100%', sm: 200 }}
              />
              <MultiSelect
                label={t('matching:pipeline.themes')}
                placeholder={state.themes.length ? undefined : t('matching:pipeline.anyTheme')}
                data={themeData}
                value={state.themes}
                onChange={(v) => update({ themes: v })}
                searchable
                clearable
                w={{ base: '100%', sm: 240 }}
              />
              <Select
                label={t('matching:pipeline.owner')}
                placeholder={t('matching:pipeline.anyOwner')}
                data={ownerData}
                value={state.ownerId || null}
                onChange={(v) => update({ ownerId: v ?? '' })}
                clearable
                w={{ base: '100%', sm: 180 }}
              />
              <MultiSelect
                label={t('matching:pipeline.statuses')}
                placeholder={state.status.length ? undefined : t('matching:pipeline.anyStatus')}
                data={statusData}
                value={state.status}
                onChange={(v) => update({ status: v as MatchStatus[] })}
                clearable
                w={{ base: '100%', sm: 240 }}
              />
              <Checkbox
                label={t('matching:pipeline.overdueOnly')}
                checked={state.overdue}
                onChange={(e) => update({ overdue: e.currentTarget.checked })}
                mb={8}
              />
              {filtered && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSearch('');
                    setParams(pipelineParams({ ...parsePipelineState(new URLSearchParams()), view: state.view }), { replace: true });
                  }}
                >
                  {t('matching:pipeline.clear')}
                </Button>
              )}
            </Group>
          </form>
        </Collapse>
        <Group justify="space-between" gap="sm">
          <SegmentedControl
            aria-label={t('matching:pipeline.view.label')}
            value={state.view}
            onChange={(v) => update({ view: v === 'table' ? 'table' : 'board' })}
            data={[
              { value: 'board', label: t('matching:pipeline.view.board') },
              { value: 'table', label: t('matching:pipeline.view.table') },
            ]}
          />
          {page.data && (
            <Group gap="xs" aria-live="polite">
              <Text fw={600} data-testid="pipeline-total">
                {t('matching:pipeline.total', { count: page.data.total })}
              </Text>
              {overdue > 0 && <Badge color="red.9">{t('matching:pipeline.overdueCount', { count: overdue })}</Badge>}
            </Group>
          )}
        </Group>
        {page.isError && <ErrorMessage error={page.error} onRetry={() => void page.refetch()} />}
        {page.data && (
          <Stack gap="sm">
            {board ? (
              <PipelineBoard
                items={page.data.items}
                counts={page.data.statusCounts}
                statuses={state.status.length ? matchStatuses.filter((s) => state.status.includes(s)) : matchStatuses}
                canMove={canManage}
                onMove={(match, status) => move.mutate({ match, status })}
                onPlan={setPlanned}
                onShowAll={(status) => update({ view: 'table', status: [status] })}
              />
            ) : (
              <PipelineTable
                state={state}
                items={page.data.items}
                total={page.data.total}
                fetching={page.isFetching}
                canManage={canManage}
                regionName={regionName}
                onChange={update}
                onPlan={setPlanned}
              />
            )}
          </Stack>
        )}
        <MatchPlanModal match={planned} owners={owners.data?.items ?? []} onClose={() => setPlanned(null)} />
      </PageLayout>
    </MatchFollowUpProvider>
  );
}
