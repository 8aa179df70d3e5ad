import { Badge, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ManagerWork } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { formatDateTime, formatDay, formatNumber } from '../../lib/format';
import { useCan } from '../accounts/session';
import { CardGrid } from './MyWorkPage';
import { Empty, More, Row, Rows, To, WorkCard } from './WorkCard';
import { usePickText } from '../../components/UserText';

/** Where a record of the audit trail or a task's source is shown. */
const pathOf: Record<string, (id: string, parentId?: string | null) => string> = {
  opportunity: (id) => `/opportunities/${encodeURIComponent(id)}`,
  organisation: (id) => `/organisations/${encodeURIComponent(id)}`,
  project: (id) => `/projects/${encodeURIComponent(id)}`,
  event: (id) => `/events/${encodeURIComponent(id)}`,
  region: (id) => `/regions/${encodeURIComponent(id)}`,
  deliverable: (_id, parentId) => (parentId ? `/projects/${encodeURIComponent(parentId)}` : '/follow-ups'),
  meeting: (_id, parentId) => (parentId ? `/events/${encodeURIComponent(parentId)}` : '/follow-ups'),
};
const entityTypes = [
  'opportunity',
  'organisation',
  'project',
  'event',
  'region',
  'user',
  'twinning',
  'match',
  'event-registration',
  'meeting-request',
  'follow-up-task',
  'interest',
  'interaction',
];
const actions = ['create', 'update', 'replace', 'delete', 'import', 'publish', 'cancel', 'schedule', 'restore'];

export function ManagerSections({ manager: m }: { manager: ManagerWork }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = usePickText();
  const canOrganise = useCan('events:organise');
  const canAudit = useCan('audit:read');
  const pipelineTotal = m.pipeline.reduce((n, p) => n + p.count, 0);
  return (
    <>
      <WorkCard title={t('myWork:pipeline.title')} hint={pipelineTotal > 0 ? t('myWork:pipeline.hint') : undefined} testId="pipeline">
        {pipelineTotal === 0 ? (
          <Empty>{t('myWork:pipeline.empty')}</Empty>
        ) : (
          <SimpleGrid cols={{ base: 2, xs: 4, lg: 7 }} spacing="xs">
            {m.pipeline.map((p) => (
              <UnstyledButton key={p.status} component={Link} to={`/matches?status=${p.status}`}>
                <Paper withBorder p="xs" radius="sm" className="pipeline-step">
                  <Text fw={700} size="xl">
                    {formatNumber(p.count, lang)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`myWork:matchStatus.${p.status}`)}
                  </Text>
                </Paper>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        )}
      </WorkCard>

      <CardGrid>
        <WorkCard
          title={t('myWork:awaiting.title')}
          count={m.awaitingDecision.total}
          hint={m.awaitingDecision.total > 0 ? t('myWork:awaiting.hint') : undefined}
          footer={<To to="/matches?status=interested">{t('myWork:awaiting.open')}</To>}
          testId="awaiting-decision"
        >
          {m.awaitingDecision.items.length === 0 ? (
            <Empty>{t('myWork:awaiting.empty')}</Empty>
          ) : (
            <Rows>
              {m.awaitingDecision.items.map((a) => (
                <Row
                  key={a.matchId}
                  main={<To to={pathOf.opportunity!(a.opportunityId)}>{pick(a.opportunityTitle)}</To>}
                  sub={
                    <>
                      <To to={pathOf.organisation!(a.organisationId)}>{a.organisationName}</To>
                      {a.since && ` · ${formatDateTime(a.since, lang)}`}
                    </>
                  }
                />
              ))}
            </Rows>
          )}
        </WorkCard>

        <WorkCard
          title={t('myWork:tasks.title')}
          count={m.overdueTasks.total}
          footer={<To to="/follow-ups">{t('myWork:tasks.open')}</To>}
          testId="overdue-tasks"
        >
          {m.overdueTasks.items.length === 0 ? (
            <Empty>{t('myWork:tasks.empty')}</Empty>
          ) : (
            <Rows>
              {m.overdueTasks.items.map((task) => (
                <Row
                  key={task.id}
                  main={task.title}
                  sub={
                    <>
                      {`${t('myWork:tasks.assignedTo', { name: task.assigneeName })} · `}
                      {pathOf[task.sourceKind] ? (
                        <To to={pathOf[task.sourceKind]!(task.sourceId, task.sourceParentId)}>{task.sourceLabel || task.sourceKind}</To>
                      ) : (
                        task.sourceLabel
                      )}
                    </>
                  }
                  side={
                    <Badge color="red.9" variant="outline" tt="none" style={{ flexShrink: 0 }}>
                      {formatDay(task.dueOn, lang)}
                    </Badge>
                  }
                />
              ))}
            </Rows>
          )}
        </WorkCard>

        <WorkCard title={t('myWork:deliverables.title')} count={m.overdueDeliverables.total} testId="overdue-deliverables">
          {m.overdueDeliverables.items.length === 0 ? (
            <Empty>{t('myWork:deliverables.empty')}</Empty>
          ) : (
            <Rows>
              {m.overdueDeliverables.items.map((d) => (
                <Row
                  key={`${d.projectId}/${d.deliverableId}`}
                  main={pick(d.title)}
                  sub={<To to={pathOf.project!(d.projectId)}>{pick(d.projectTitle)}</To>}
                  side={
                    <Badge color="red.9" variant="outline" tt="none" style={{ flexShrink: 0 }} title={t('myWork:deliverables.dueBy')}>
                      {formatDay(d.dueBy, lang)}
                    </Badge>
                  }
                />
              ))}
            </Rows>
          )}
          <More
            shown={m.overdueDeliverables.items.length}
            total={m.overdueDeliverables.total}
            to="/projects"
            label={t('myWork:total', { count: m.overdueDeliverables.total })}
          />
        </WorkCard>

        <WorkCard title={t('myWork:gates.title')} count={m.nextGates.length} testId="next-gates">
          {m.nextGates.length === 0 ? (
            <Empty>{t('myWork:gates.empty')}</Empty>
          ) : (
            <Rows>
              {m.nextGates.map((g) => (
                <Row
                  key={g.projectId}
                  main={<To to={pathOf.project!(g.projectId)}>{pick(g.projectTitle)}</To>}
                  sub={[
                    t('myWork:gates.phase', { order: g.order, name: pick(g.name) }),
                    g.plannedEnd && t('myWork:gates.plannedEnd', { date: formatDay(g.plannedEnd, lang) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              ))}
            </Rows>
          )}
        </WorkCard>

        <WorkCard title={t('myWork:events.title')} footer={<To to="/events">{t('myWork:seeAll')}</To>} testId="upcoming-events">
          {m.upcomingEvents.length === 0 ? (
            <Empty action={canOrganise ? <To to="/events/new">{t('myWork:events.emptyAction')}</To> : undefined}>{t('myWork:events.empty')}</Empty>
          ) : (
            <Rows>
              {m.upcomingEvents.map((e) => (
                <Row
                  key={e.id}
                  main={<To to={pathOf.event!(e.id)}>{e.title}</To>}
                  sub={[
                    e.startsAt ? formatDateTime(e.startsAt, lang) : t('myWork:events.notScheduled'),
                    t('myWork:events.counts', { registrations: formatNumber(e.registrations, lang), requests: formatNumber(e.pendingRequests, lang) }),
                  ].join(' · ')}
                />
              ))}
            </Rows>
          )}
        </WorkCard>

        <WorkCard
          title={t('myWork:changes.title')}
          footer={canAudit ? <To to="/admin/audit">{t('myWork:changes.open')}</To> : undefined}
          testId="recent-changes"
        >
          {m.recentChanges.length === 0 ? (
            <Empty>{t('myWork:changes.empty')}</Empty>
          ) : (
            <Rows>
              {m.recentChanges.map((c) => {
                const type = entityTypes.includes(c.entityType) ? c.entityType : 'other';
                const name = c.entityName ?? (c.entityText ? pick(c.entityText) : null);
                const kind = t(`myWork:entity.${type}`);
                const label = name ? t('myWork:changes.entityLabel', { kind, name }) : kind;
                const what = pathOf[c.entityType] && name && c.action !== 'delete' ? <To to={pathOf[c.entityType]!(c.entityId)}>{label}</To> : label;
                const actor = c.actorName.startsWith('system:') ? t('myWork:changes.system') : c.actorName;
                const action = t(`myWork:action.${actions.includes(c.action) ? c.action : 'other'}`);
                return <Row key={c.id} main={<Sentence actor={actor} action={action} what={what} />} sub={formatDateTime(c.at, lang)} />;
              })}
            </Rows>
          )}
        </WorkCard>
      </CardGrid>
    </>
  );
}

/** "{{actor}} {{action}} {{what}}" in the language's word order, with `what` as a link. */
function Sentence({ actor, action, what }: { actor: string; action: string; what: ReactNode }) {
  const { t } = useTranslation();
  const marker = '\u0000';
  const parts = t('myWork:changes.sentence', { actor, action, what: marker }).split(marker);
  return (
    <>
      {parts[0]}
      {what}
      {parts[1]}
    </>
  );
}
