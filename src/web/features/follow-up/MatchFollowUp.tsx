import { ActionIcon, Menu, Modal } from '@mantine/core';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatchItem } from '../../../shared/api/index';
import { useCan } from '../accounts/session';
import { Interactions } from './Interactions';
import { NewTaskModal } from './NewTaskModal';

type MatchActions = { newTask: (match: MatchItem) => void; timeline: (match: MatchItem) => void };
const MatchActionsContext = createContext<MatchActions>({ newTask: () => {}, timeline: () => {} });

const matchName = (m: MatchItem) => `${m.organisationName} ↔ ${m.opportunityTitle}`;

/** Where a new cooperation project starts from a match (the project form, with the link kept). */
export const projectFromMatchPath = (matchId: string) => `/projects/new?match=${encodeURIComponent(matchId)}`;
/** … and from an event meeting. */
export const projectFromMeetingPath = (eventId: string, requestId: string) =>
  `/projects/new?event=${encodeURIComponent(eventId)}&meeting=${encodeURIComponent(requestId)}`;

/**
 * Around the pipeline: one "New task" modal and one interaction timeline (a match has no page of
 * its own) that any match's menu opens, prefilled with the match.
 */
export function MatchFollowUpProvider({ children }: { children: ReactNode }) {
  const [taskFor, setTaskFor] = useState<MatchItem | null>(null);
  const [timelineFor, setTimelineFor] = useState<MatchItem | null>(null);
  return (
    <MatchActionsContext.Provider value={{ newTask: setTaskFor, timeline: setTimelineFor }}>
      {children}
      <NewTaskModal
        source={taskFor && { kind: 'match', id: taskFor.id }}
        about={taskFor ? matchName(taskFor) : ''}
        opened={taskFor !== null}
        onClose={() => setTaskFor(null)}
      />
      {/* lockScroll off: the scroll lock injects a <style> without the CSP nonce. */}
      <Modal opened={timelineFor !== null} onClose={() => setTimelineFor(null)} title={timelineFor ? matchName(timelineFor) : ''} size="lg" lockScroll={false}>
        {timelineFor && <Interactions links={{ matchId: timelineFor.id }} />}
      </Modal>
    </MatchActionsContext.Provider>
  );
}

/** Menu entries of a match (pipeline card or row): its interactions, a new task about it; a cooperation project from it for programme managers. */
export function MatchFollowUpItems({ match }: { match: MatchItem }) {
  const { t } = useTranslation();
  const actions = useContext(MatchActionsContext);
  const canStartProject = useCan('projects:manage');
  return (
    <>
      <Menu.Item onClick={() => actions.timeline(match)}>{t('followUpLinks:actions.interactions')}</Menu.Item>
      <Menu.Item onClick={() => actions.newTask(match)}>{t('followUpLinks:task.newTask')}</Menu.Item>
      {canStartProject && (
        <Menu.Item component={Link} to={projectFromMatchPath(match.id)}>
          {t('followUpLinks:lead.startProject')}
        </Menu.Item>
      )}
    </>
  );
}

/** The pipeline table's per-row menu of follow-up actions: new task, start a project. */
export function MatchRowMenu({ match }: { match: MatchItem }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('followUpLinks:actions.menu', { name: match.organisationName })} data-testid="row-menu">
          <span aria-hidden>⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <MatchFollowUpItems match={match} />
      </Menu.Dropdown>
    </Menu>
  );
}
