import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ProjectView } from '../../../core/projects/api';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';

/** The match or meeting a new project starts from (`/projects/new?match=…` or `?event=…&meeting=…`), or null. */
export type ProjectLead = { matchId: string | null; eventId: string | null; requestId: string | null };

export function useProjectLead(): ProjectLead | null {
  const [params] = useSearchParams();
  const matchId = params.get('match');
  const requestId = params.get('meeting');
  const eventId = params.get('event');
  return matchId || requestId ? { matchId, requestId, eventId } : null;
}

/**
 * Creates the project and its link to the lead in one call (POST /api/follow-up/outcomes/project:
 * the project, the lead outcome and the match's move to "collaboration started" in one
 * transaction), then reads the project as the form's other paths do.
 */
export async function createProjectFromLead(lead: ProjectLead, project: BodyOf<'/api/follow-up/outcomes/project', 'post'>['project']): Promise<ProjectView> {
  const outcome = await dataOf(api.POST('/api/follow-up/outcomes/project', { body: { matchId: lead.matchId, requestId: lead.requestId, project } }));
  return dataOf(api.GET('/api/projects/{id}', { params: { path: { id: outcome.projectId! } } }));
}

/** Above the new-project form: the match or meeting the project will come from, by name. */
export function ProjectLeadNotice({ lead }: { lead: ProjectLead }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const match = useQuery({
    queryKey: ['matches', 'one', lead.matchId, lang],
    queryFn: () => dataOf(api.GET('/api/matches/{id}', { params: { path: { id: lead.matchId! }, query: { lang } } })),
    enabled: !!lead.matchId,
  });
  const event = useQuery({
    queryKey: ['events', lead.eventId],
    queryFn: () => dataOf(api.GET('/api/events/{id}', { params: { path: { id: lead.eventId! } } })),
    enabled: !lead.matchId && !!lead.eventId,
  });
  const text = match.data
    ? t('followUpLinks:lead.fromMatch', { organisation: match.data.organisationName, opportunity: match.data.opportunityTitle })
    : event.data
      ? t('followUpLinks:lead.fromMeeting', { event: event.data.title })
      : null;
  if (!text) return null;
  return (
    <Alert color="teal" variant="light" title={t('followUpLinks:lead.startProject')} data-testid="project-lead" mb="md">
      {text}
    </Alert>
  );
}
