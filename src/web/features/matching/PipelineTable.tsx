import { ActionIcon, Anchor, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type MatchItem, type MatchStatus, matchStatuses } from '../../../shared/api';
import { useLanguage } from '../../i18n/index';
import { MatchRowMenu } from '../follow-up/MatchFollowUp';
import { statusColor } from './PipelineBoard';
import { useBulkMove } from './pipeline-data';
import { isOverdue, type PipelineSort, type PipelineState, pageSizes } from './pipeline-state';
import { useDataTableTexts } from '../../components/use-data-table-texts';

/** A calendar day (YYYY-MM-DD) the way the reader writes dates. */
export function useFormatDay() {
  const lang = useLanguage();
  const format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : lang, { dateStyle: 'medium' });
  return (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return format.format(new Date(y!, m! - 1, d!));
  };
}

type TableProps = {
  state: PipelineState;
  items: MatchItem[];
  total: number;
  fetching: boolean;
  canManage: boolean;
  regionName: (id: string) => string;
  onChange: (patch: Partial<PipelineState>) => void;
  onPlan: (match: MatchItem) => void;
};

/**
 * The pipeline as a table: server-side pages, sorting and filters (the page's), a selection whose
 * status changes in one call (all or none), and each match's owner and next action.
 */
export function PipelineTable({ state, items, total, fetching, canManage, regionName, onChange, onPlan }: TableProps) {
  const { t } = useTranslation();
  const tableTexts = useDataTableTexts();
  const day = useFormatDay();
  const [selected, setSelected] = useState<MatchItem[]>([]);
  const [bulkStatus, setBulkStatus] = useState<MatchStatus | null>(null);
  const bulk = useBulkMove();
  const sortStatus: DataTableSortStatus<MatchItem> = { columnAccessor: state.sort, direction: state.order };
  const statusOptions = matchStatuses.map((s) => ({ value: s, label: t(`matching:status.${s}`) }));

  return (
    <Stack gap="sm">
      {canManage && selected.length > 0 && (
        <Paper withBorder p="xs" radius="md" data-testid="bulk-bar">
          <Group gap="sm" align="flex-end">
            <Text fw={600} aria-live="polite">
              {t('matching:pipeline.bulk.selected', { count: selected.length })}
            </Text>
            <Select
              label={t('matching:pipeline.bulk.status')}
              data={statusOptions}
              value={bulkStatus}
              onChange={(v) => setBulkStatus(v as MatchStatus | null)}
              w={240}
            />
            <Button
              disabled={!bulkStatus}
              loading={bulk.isPending}
              onClick={() =>
                bulkStatus &&
                bulk.mutate(
                  { ids: selected.map((m) => m.id), status: bulkStatus },
                  {
                    onSuccess: () => {
                      setSelected([]);
                      setBulkStatus(null);
                    },
                  },
                )
              }
            >
              {t('matching:pipeline.bulk.apply')}
            </Button>
          </Group>
        </Paper>
      )}
      <DataTable<MatchItem>
        data-testid="pipeline-table"
        withTableBorder
        borderRadius="md"
        highlightOnHover
        minHeight={200}
        fetching={fetching}
        records={items}
        idAccessor="id"
        totalRecords={total}
        page={state.page}
        onPageChange={(page) => onChange({ page })}
        recordsPerPage={state.pageSize}
        recordsPerPageOptions={[...pageSizes]}
        onRecordsPerPageChange={(pageSize) => onChange({ pageSize, page: 1 })}
        recordsPerPageLabel={t('common:dataTable.perPage')}
        {...tableTexts}
        noRecordsText={t('matching:pipeline.noResults')}
        sortStatus={sortStatus}
        onSortStatusChange={(s) => onChange({ sort: s.columnAccessor as PipelineSort, order: s.direction, page: 1 })}
        {...(canManage
          ? {
              selectedRecords: selected,
              onSelectedRecordsChange: setSelected,
              allRecordsSelectionCheckboxProps: { 'aria-label': t('matching:pipeline.selectAll') },
              getRecordSelectionCheckboxProps: (m: MatchItem) => ({
                'aria-label': t('matching:pipeline.selectOne', { name: m.organisationName, title: m.opportunityTitle }),
              }),
            }
          : {})}
        columns={[
          {
            accessor: 'opportunity',
            title: t('matching:pipeline.columns.opportunity'),
            sortable: true,
            render: (m) => (
              <Stack gap={0}>
                <Anchor component={Link} to={`/opportunities/${encodeURIComponent(m.opportunityId)}`} size="sm">
                  {m.opportunityTitle}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {regionName(m.regionId)}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'organisation',
            title: t('matching:pipeline.columns.organisation'),
            sortable: true,
            render: (m) => (
              <Anchor component={Link} to={`/organisations/${encodeURIComponent(m.organisationId)}`} size="sm">
                {m.organisationName}
              </Anchor>
            ),
          },
          {
            accessor: 'score',
            title: t('matching:pipeline.columns.score'),
            sortable: true,
            textAlign: 'right',
            render: (m) => `${Math.round(m.score * 100)}%`,
          },
          {
            accessor: 'status',
            title: t('matching:pipeline.columns.status'),
            sortable: true,
            noWrap: true,
            render: (m) => (
              <Badge color={statusColor[m.status]} tt="none" styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}>
                {t(`matching:status.${m.status}`)}
              </Badge>
            ),
          },
          { accessor: 'owner', title: t('matching:pipeline.columns.owner'), render: (m) => m.ownerName ?? '—' },
          {
            accessor: 'nextAction',
            title: t('matching:pipeline.columns.nextAction'),
            sortable: true,
            render: (m) =>
              m.nextActionOn ? (
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{day(m.nextActionOn)}</Text>
                  {isOverdue(m.nextActionOn) && (
                    <Badge color="red.9" size="sm" data-testid="overdue">
                      {t('matching:pipeline.card.overdue')}
                    </Badge>
                  )}
                </Group>
              ) : (
                '—'
              ),
          },
          {
            accessor: 'themes',
            title: t('matching:pipeline.columns.themes'),
            visibleMediaQuery: '(min-width: 62em)',
            render: (m) => m.themes.map((id) => t(`theme.${id}`)).join(', '),
          },
          ...(canManage
            ? [
                {
                  accessor: 'actions',
                  title: t('matching:pipeline.columns.actions'),
                  render: (m: MatchItem) => (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t('matching:pipeline.plan.edit', { name: m.organisationName })} onClick={() => onPlan(m)}>
                        <span aria-hidden>✎</span>
                      </ActionIcon>
                      <MatchRowMenu match={m} />
                    </Group>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Stack>
  );
}
