import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EventDetail } from '../../../shared/api/index';
import { useMe } from '../accounts/session';
import { projectPath, useProject, useText } from '../projects/project-data';
import { useProjectSummaries } from './event-queries';

/** "Part of: project · activity", linking to the project page; the activity's name needs a signed-in reader (projects' rule). */
export function ProjectActivityLink({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const text = useText();
  const signedIn = !!useMe().data?.user;
  const { projectId, activityId } = event;
  const projects = useProjectSummaries(projectId !== null);
  const project = useProject(projectId ?? '', projectId !== null && activityId !== null && signedIn);
  if (projectId === null) return null;
  const summary = projects.data?.items.find((p) => p.id === projectId);
  const activity = project.data?.phases.flatMap((p) => p.activities).find((a) => a.id === activityId);
  return (
    <p className="event-project">
      {t('events:partOf')}: <Link to={projectPath(projectId)}>{summary ? text(summary.title) : projectId}</Link>
      {activity && ` · ${text(activity.title)}`}
    </p>
  );
}
