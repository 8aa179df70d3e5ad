import { ActionIcon, Menu } from '@mantine/core';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatchItem } from '../../../shared/api/index';
import { useCan } from '../accounts/session';
import { NewTaskModal } from './NewTaskModal';

const NewTaskForMatch = createContext<(match: MatchItem) => void>(() => {});

const matchName = (m: MatchItem) => `${m.organisationName} ↔ ${m.opportunityTitle}`;

/** Where a new cooperation project starts from a match (the project form, with the link kept). */
export const projectFromMatchPath = (matchId: string) => `/projects/new?match=${encodeURIComponent(matchId)}`;
/** … and from an event meeting. */
export const projectFromMeetingPath = (eventId: string, requestId: string) =>
  `/projects/new?event=${encodeURIComponent(eventId)}&meeting=${encodeURIComponent(requestId)}`;

/** Around the pipeline: one "New task" modal that any match's menu opens, prefilled with the match. */
export function MatchFollowUpProvider({ children }: { children: ReactNode }) {
  const [match, setMatch] = useState<MatchItem | null>(null);
  return (
    <NewTaskForMatch.Provider value={setMatch}>
      {children}
      <NewTaskModal source={match && { kind: 'match', id: match.id }} about={match ? matchName(match) : ''} opened={match !== null} onClose={() => setMatch(null)} />
    </NewTaskForMatch.Provider>
  );
}

/** Menu entries of a match (pipeline card or row): a new task about it; a cooperation project from it for programme managers. */
export function MatchFollowUpItems({ match }: { match: MatchItem }) {
  const { t } = useTranslation();
  const newTask = useContext(NewTaskForMatch);
  const canStartProject = useCan('projects:manage');
  return (
    <>
      <Menu.Item onClick={() => newTask(match)}>{t('followUpLinks:task.newTask')}</Menu.Item>
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
