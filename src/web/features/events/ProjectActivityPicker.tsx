import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { FormIssue } from '../../lib/form-issues';
import { useProject, useText } from '../projects/project-data';
import { useProjectSummaries } from './event-queries';

/**
 * The event form's optional project and activity: choose a cooperation project, then one of its
 * activities (e.g. the stakeholder meeting "combined with a matchmaking"), instead of typing ids.
 */
export function ProjectActivityPicker({
  projectId,
  activityId,
  issues,
  onChange,
}: {
  projectId: string;
  activityId: string;
  issues: ReadonlyMap<string, FormIssue>;
  onChange: (patch: { projectId: string; activityId: string }) => void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const projects = useProjectSummaries();
  const project = useProject(projectId, projectId !== '');
  const known = projects.data?.items.some((p) => p.id === projectId) ?? true;
  return (
    <>
      <FormField path="projectId" label={t('events:projectId')} issue={issues.get('projectId')}>
        {(control) => (
          <select {...control} value={projectId} disabled={!projects.data} onChange={(e) => onChange({ projectId: e.target.value, activityId: '' })}>
            <option value="">{t('events:noProject')}</option>
            {/* An id the list no longer offers (a deleted project) stays visible rather than silently dropped. */}
            {!known && <option value={projectId}>{projectId}</option>}
            {projects.data?.items.map((p) => (
              <option key={p.id} value={p.id}>
                {text(p.title)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField path="activityId" label={t('events:activityId')} hint={t('events:activityHint')} issue={issues.get('activityId')}>
        {(control) => (
          <select
            {...control}
            value={activityId}
            disabled={projectId === '' || !project.data}
            onChange={(e) => onChange({ projectId, activityId: e.target.value })}
          >
            <option value="">{t('events:noActivity')}</option>
            {project.data?.phases.map((phase) => (
              <optgroup key={phase.id} label={text(phase.name)}>
                {phase.activities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {text(a.title)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
