// What a follow-up task is about (a match, an interaction, a meeting, a deliverable, an
// opportunity or an organisation): checked to exist and to be within the creator's reach, with
// the organisation and region that decide who else sees the task, and a label to show.
import type { z } from 'zod';
import { type LocalizedText, type TaskInput, pickText } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { invalid } from '../../errors';
import { actsFor } from '../events/events.service';
import { getProject } from '../projects/project-views';
import * as repo from './follow-up.repository';

import { findReachableInteraction } from './list-interactions';
import { mustReach } from './reach';

export type TaskScope = { organisationId: string | null; regionId: string | null; label: string; parentId: string | null };

const text = (t: LocalizedText) => pickText(t, t.original).text;

export async function resolveTaskSource(db: Db | DbOrTx, actor: Actor, source: z.output<typeof TaskInput>['source']): Promise<TaskScope> {
  const missing = (what: string) => invalid([{ path: 'source.id', message: `${what} "${source.id}" does not exist` }]);
  switch (source.kind) {
    case 'match': {
      const m = await repo.findMatch(db, source.id);
      if (!m) throw missing('match');
      const scope = { organisationId: m.organisationId, regionId: m.regionId, label: `${text(m.title)} · ${m.organisationName}`, parentId: m.opportunityId };
      await mustReach(db, actor, scope, 'This match');
      return scope;
    }
    case 'interaction': {
      const i = await findReachableInteraction(db, actor, source.id);
      return { organisationId: i.organisationId, regionId: i.regionId, label: `${i.kind} ${i.occurredOn}`, parentId: null };
    }
    case 'meeting': {
      if (!source.parentId) throw invalid([{ path: 'source.parentId', message: 'name the event of the meeting' }]);
      const meeting = await repo.findMeeting(db, source.parentId, source.id);
      if (!meeting) throw missing('meeting');
      const mine = meeting.parties.find((p) => actsFor(actor, p)) ?? meeting.parties[0]!;
      const scope = {
        organisationId: mine.organisationId,
        regionId: null,
        label: `${meeting.eventTitle}: ${meeting.parties.map((p) => p.organisationName).join(' – ')}`,
        parentId: source.parentId,
      };
      if (!meeting.parties.some((p) => actsFor(actor, p))) throw invalid([{ path: 'source.id', message: 'you took no part in this meeting' }]);
      return scope;
    }
    case 'deliverable': {
      if (!source.parentId) throw invalid([{ path: 'source.parentId', message: 'name the project of the deliverable' }]);
      const project = await getProject(db, actor, source.parentId);
      const deliverable = project.phases.flatMap((p) => p.activities.flatMap((a) => a.deliverables)).find((d) => d.id === source.id);
      if (!deliverable) throw missing('deliverable');
      const scope = {
        organisationId: deliverable.ownerOrganisationId ?? null,
        regionId: null,
        label: `${text(project.title)}: ${text(deliverable.title)}`,
        parentId: source.parentId,
      };
      await mustReach(db, actor, scope, 'This deliverable');
      return scope;
    }
    case 'opportunity': {
      const o = await repo.findOpportunity(db, source.id);
      if (!o) throw missing('opportunity');
      const scope = { organisationId: null, regionId: o.regionId, label: text(o.title), parentId: null };
      await mustReach(db, actor, scope, 'This opportunity');
      return scope;
    }
    case 'organisation': {
      const o = await repo.findOrganisation(db, source.id);
      if (!o) throw missing('organisation');
      const scope = { organisationId: o.id, regionId: o.homeRegionId, label: o.name, parentId: null };
      await mustReach(db, actor, scope, 'This organisation');
      return scope;
    }
  }
}
