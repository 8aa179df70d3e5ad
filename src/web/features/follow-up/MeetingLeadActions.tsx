import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan } from '../accounts/session';
import { useEvent } from '../events/event-queries';
import { projectFromMeetingPath } from './MatchFollowUp';
import { NewTaskButton } from './NewTaskModal';

/**
 * On a meeting's feedback page: a follow-up task about the meeting (its sides and the organisers;
 * the API checks), and for programme managers a cooperation project started from it.
 */
export function MeetingLeadActions({ eventId, requestId }: { eventId: string; requestId: string }) {
  const { t } = useTranslation();
  const canStartProject = useCan('projects:manage');
  const event = useEvent(eventId);
  const about = event.data?.title ?? '';
  return (
    <Group gap="sm" my="sm" data-testid="meeting-actions">
      <NewTaskButton source={{ kind: 'meeting', id: requestId, parentId: eventId }} about={about} />
      {canStartProject && (
        <Button component={Link} to={projectFromMeetingPath(eventId, requestId)} variant="light" size="compact-sm">
          {t('followUpLinks:lead.startProject')}
        </Button>
      )}
    </Group>
  );
}
