// The organisations of an exported activity: its participating organisations and the provider
// and receiver of its money.
import type { OrganisationRef, Project } from '../projects/model';
import { narratives } from './export-narratives';
import { el } from './xml';
import type { XmlElement } from './xml';

export function participatingOrgs(project: Project): XmlElement[] {
  const byId = new Map(project.organisations.map((o) => [o.id, o]));
  const fundedBy = project.iati?.fundedBy;
  return project.participations.flatMap((p) => {
    const org = byId.get(p.organisationId);
    const own = project.iati?.participations?.[p.id];
    // The funder's activity this project implements is the funding organisation's activity-id.
    const funderActivity = p.role === 1 && fundedBy && (fundedBy.organisationId ?? p.organisationId) === p.organisationId ? fundedBy.activityId : undefined;
    return org
      ? [
          el(
            'participating-org',
            {
              ref: org.iatiRef,
              role: p.role,
              type: org.iatiType,
              'activity-id': own?.activityId ?? funderActivity,
              'crs-channel-code': own?.crsChannelCode,
            },
            narratives(org.name),
          ),
        ]
      : [];
  });
}

type Party = 'provider' | 'receiver';

export function orgReference(project: Project, party: Party, orgId: string | undefined, activityId: string | undefined): XmlElement | undefined {
  const org: OrganisationRef | undefined = project.organisations.find((o) => o.id === orgId);
  return org ? el(`${party}-org`, { ref: org.iatiRef, [`${party}-activity-id`]: activityId, type: org.iatiType }, narratives(org.name)) : undefined;
}
