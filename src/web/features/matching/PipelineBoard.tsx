import {
  type Announcements,
  DndContext,
  DragOverlay,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  type KeyboardCoordinateGetter,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Accordion, ActionIcon, Anchor, Badge, Card, Group, Menu, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type MatchItem, type MatchStatus, matchStatuses } from '../../../shared/api';
import { isOverdue } from './pipeline-state';
import { useFormatDay } from './PipelineTable';
import { MatchFollowUpItems } from '../follow-up/MatchFollowUp';

/** Cards shown per column; the column names how many it holds and links to the table for the rest. */
const CARDS_PER_COLUMN = 40;

/** Dark enough for white text (WCAG AA) on every badge. */
export const statusColor: Record<MatchStatus, string> = {
  suggested: 'gray.7',
  interested: 'blue.8',
  shortlisted: 'cyan.9',
  introduced: 'violet.8',
  'meeting-held': 'grape.8',
  'collaboration-started': 'teal.9',
  'not-relevant': 'red.9',
};

type BoardProps = {
  items: MatchItem[];
  /** Per status; openapi-typescript reads the contract's record over MatchStatus as one over any string. */
  counts: Readonly<Partial<Record<MatchStatus, number>>>;
  statuses: readonly MatchStatus[];
  canMove: boolean;
  onMove: (match: MatchItem, status: MatchStatus) => void;
  onPlan: (match: MatchItem) => void;
  onShowAll: (status: MatchStatus) => void;
};

/**
 * The pipeline as a board: one column per status, a card per match. A card moves by dragging
 * (pointer), by keyboard (its handle: space, arrow keys, space) or by its status menu; each move is
 * one PUT, as in the table. Below 48 em the columns become an accordion (the menu moves cards).
 * Cards are ordered by next action (overdue first), then score: there is no manual order.
 */
export function PipelineBoard(props: BoardProps) {
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  return narrow ? <BoardAccordion {...props} /> : <BoardColumns {...props} />;
}

function useColumns(items: MatchItem[], statuses: readonly MatchStatus[]) {
  return useMemo(() => statuses.map((status) => ({ status, items: items.filter((i) => i.status === status) })), [items, statuses]);
}

function BoardColumns({ items, counts, statuses, canMove, onMove, onPlan, onShowAll }: BoardProps) {
  const { t } = useTranslation();
  const columns = useColumns(items, statuses);
  const [active, setActive] = useState<MatchItem | null>(null);
  const statusName = (id: unknown) => t(`matching:status.${String(id)}`);
  const nameOf = (data: unknown) => (data as { match?: MatchItem } | undefined)?.match?.organisationName ?? '';

  // Arrow keys jump from column to column (the default moves by a few pixels). The column aimed
  // at is remembered here, not read back from the collision, so quick presses never skip one.
  const aimed = useRef<MatchStatus | null>(null);
  const coordinatesGetter: KeyboardCoordinateGetter = (event, { context }) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (!step || !context.active) return undefined;
    event.preventDefault();
    const current = aimed.current ?? (context.active.data.current as { match: MatchItem }).match.status;
    const index = statuses.indexOf(current);
    const target = statuses[Math.min(statuses.length - 1, Math.max(0, index + step))];
    const rect = target && context.droppableRects.get(target);
    if (!target || !rect) return undefined;
    aimed.current = target;
    return { x: rect.left + 8, y: rect.top + 48 };
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: coordinatesGetter }),
  );

  const announcements: Announcements = {
    onDragStart: ({ active: a }) =>
      t('matching:pipeline.drag.picked', { name: nameOf(a.data.current), status: statusName((a.data.current as { match: MatchItem }).match.status) }),
    onDragOver: ({ active: a, over }) =>
      over
        ? t('matching:pipeline.drag.over', { name: nameOf(a.data.current), status: statusName(over.id) })
        : t('matching:pipeline.drag.outside', { name: nameOf(a.data.current) }),
    onDragEnd: ({ active: a, over }) =>
      over
        ? t('matching:pipeline.drag.dropped', { name: nameOf(a.data.current), status: statusName(over.id) })
        : t('matching:pipeline.drag.cancelled', { name: nameOf(a.data.current) }),
    onDragCancel: ({ active: a }) => t('matching:pipeline.drag.cancelled', { name: nameOf(a.data.current) }),
  };

  const start = (event: DragStartEvent) => {
    aimed.current = null;
    setActive((event.active.data.current as { match: MatchItem }).match);
  };
  const end = (event: DragEndEvent) => {
    aimed.current = null;
    setActive(null);
    const match = (event.active.data.current as { match: MatchItem }).match;
    const to = event.over?.id as MatchStatus | undefined;
    if (to && to !== match.status) onMove(match, to);
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={start}
      onDragEnd={end}
      onDragCancel={() => {
        aimed.current = null;
        setActive(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('matching:pipeline.drag.instructions') } }}
    >
      <ScrollArea type="auto" offsetScrollbars scrollbarSize={10} aria-label={t('matching:pipeline.board.label')} data-testid="pipeline-board">
        <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm">
          {columns.map((column) => (
            <BoardColumn key={column.status} status={column.status} total={counts[column.status] ?? 0} items={column.items} onShowAll={onShowAll}>
              {column.items.slice(0, CARDS_PER_COLUMN).map((match) => (
                <MatchCard key={match.id} match={match} canMove={canMove} draggable={canMove} onMove={onMove} onPlan={onPlan} />
              ))}
            </BoardColumn>
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay>{active && <CardBody match={active} />}</DragOverlay>
    </DndContext>
  );
}

function BoardColumn({
  status,
  total,
  items,
  onShowAll,
  children,
}: {
  status: MatchStatus;
  total: number;
  items: MatchItem[];
  onShowAll: (s: MatchStatus) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const shown = Math.min(items.length, CARDS_PER_COLUMN);
  const headingId = `column-${status}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="xs"
      radius="md"
      w={250}
      miw={250}
      bg={isOver ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-0)'}
      data-testid={`column-${status}`}
      mih={320}
    >
      <Group justify="space-between" gap={4} mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {t(`matching:status.${status}`)}
        </Title>
        <Badge color={statusColor[status]}>{total}</Badge>
      </Group>
      <Stack gap="xs">
        {children}
        {items.length === 0 && total === 0 && (
          <Text size="sm" c="dimmed">
            {t('matching:pipeline.board.empty')}
          </Text>
        )}
        {total > shown && (
          <>
            <Text size="xs" c="dimmed">
              {t('matching:pipeline.board.shown', { shown, total })}
            </Text>
            <Anchor component="button" type="button" size="sm" onClick={() => onShowAll(status)}>
              {t('matching:pipeline.board.more', { count: total })}
            </Anchor>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function MatchCard({
  match,
  canMove,
  draggable,
  onMove,
  onPlan,
}: {
  match: MatchItem;
  canMove: boolean;
  draggable: boolean;
  onMove: (m: MatchItem, s: MatchStatus) => void;
  onPlan: (m: MatchItem) => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: match.id, data: { match }, disabled: !draggable });
  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="xs"
      radius="sm"
      opacity={isDragging ? 0.4 : 1}
      data-testid="match-card"
      data-match-id={match.id}
      data-status={match.status}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {draggable && (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('matching:pipeline.card.drag', { name: match.organisationName })}
            data-testid="drag-handle"
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            <span aria-hidden>⠿</span>
          </ActionIcon>
        )}
        <div style={{ flex: 1, minWidth: 0 }}>
          <CardBody match={match} />
        </div>
        {canMove && <CardMenu match={match} onMove={onMove} onPlan={onPlan} />}
      </Group>
    </Card>
  );
}

function CardBody({ match }: { match: MatchItem }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  const overdue = isOverdue(match.nextActionOn);
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={`/organisations/${encodeURIComponent(match.organisationId)}`} fw={600} size="sm" lineClamp={2}>
        {match.organisationName}
      </Anchor>
      <Anchor component={Link} to={`/opportunities/${encodeURIComponent(match.opportunityId)}`} size="sm" c="gray.7" lineClamp={2}>
        {match.opportunityTitle}
      </Anchor>
      <Text size="xs" c="gray.8">
        {t('matching:pipeline.card.score', { score: Math.round(match.score * 100) })}
        {match.ownerName && ` · ${match.ownerName}`}
      </Text>
      {match.nextActionOn && (
        <Text size="xs" c={overdue ? 'red.9' : 'gray.8'} fw={overdue ? 700 : 400}>
          {overdue && `${t('matching:pipeline.card.overdue')} · `}
          {t('matching:pipeline.card.nextAction', { date: day(match.nextActionOn) })}
        </Text>
      )}
    </Stack>
  );
}

function CardMenu({ match, onMove, onPlan }: { match: MatchItem; onMove: (m: MatchItem, s: MatchStatus) => void; onPlan: (m: MatchItem) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('matching:pipeline.card.menu', { name: match.organisationName })}
          data-testid="card-menu"
        >
          <span aria-hidden>⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('matching:pipeline.card.moveTo')}</Menu.Label>
        {matchStatuses
          .filter((s) => s !== match.status)
          .map((s) => (
            <Menu.Item key={s} onClick={() => onMove(match, s)}>
              {t(`matching:status.${s}`)}
            </Menu.Item>
          ))}
        <Menu.Divider />
        <Menu.Item onClick={() => onPlan(match)}>{t('matching:pipeline.card.plan')}</Menu.Item>
        <MatchFollowUpItems match={match} />
      </Menu.Dropdown>
    </Menu>
  );
}

/** The phone's board: one accordion item per status; cards move through their menu. */
function BoardAccordion({ items, counts, statuses, canMove, onMove, onPlan, onShowAll }: BoardProps) {
  const { t } = useTranslation();
  const columns = useColumns(items, statuses);
  // All closed at first: the phone shows every status with its count before any card.
  return (
    <Accordion variant="separated" defaultValue={null} data-testid="pipeline-board">
      {columns.map((column) => {
        const total = counts[column.status] ?? 0;
        const shown = Math.min(column.items.length, CARDS_PER_COLUMN);
        return (
          <Accordion.Item key={column.status} value={column.status} data-testid={`column-${column.status}`}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="xs">
                <Text fw={600}>{t(`matching:status.${column.status}`)}</Text>
                <Badge color={statusColor[column.status]}>{total}</Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {column.items.slice(0, CARDS_PER_COLUMN).map((match) => (
                  <MatchCard key={match.id} match={match} canMove={canMove} draggable={false} onMove={onMove} onPlan={onPlan} />
                ))}
                {total === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('matching:pipeline.board.empty')}
                  </Text>
                )}
                {total > shown && (
                  <Anchor component="button" type="button" size="sm" onClick={() => onShowAll(column.status)}>
                    {t('matching:pipeline.board.more', { count: total })}
                  </Anchor>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
