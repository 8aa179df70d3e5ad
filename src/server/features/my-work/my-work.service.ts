// "My work": the home page of a signed-in user, one answer per role. Each part is computed only
// for the roles that may see it: managers and admins the programme, a member their organisation,
// an official their region, an admin the accounts. A part a role does not have is absent.
import { type UserActor, isAdmin, managesProgramme } from '../../actor';
import type { Db } from '../../db/open-database';
import { type AdminWork, type ManagerWork, type MemberWork, type MyWork, type OfficialWork, matchStatuses } from '../../../shared/api';
import * as repo from './my-work.repository';

const LIST = 8;

export async function myWork(db: Db, actor: UserActor, now: Date): Promise<MyWork> {
  const today = now.toISOString().slice(0, 10);
  const work: MyWork = { role: actor.role, today };
  if (managesProgramme(actor)) work.manager = await managerWork(db, today, now);
  if (actor.role === 'member') work.member = await memberWork(db, actor, now);
  if (actor.role === 'partner-official') work.official = await officialWork(db, actor);
  if (isAdmin(actor)) work.admin = await adminWork(db);
  return work;
}

async function managerWork(db: Db, today: string, now: Date): Promise<ManagerWork> {
  const counts = new Map((await repo.pipelineCounts(db)).map((row) => [row.status, row.count]));
  const awaiting = await repo.awaitingDecision(db, LIST);
  const deliverables = await repo.overdueDeliverables(db, today, LIST);
  const gates = await repo.nextGates(db, LIST);
  const events = await repo.upcomingEvents(db, now, 6);
  const tasks = await repo.overdueTasks(db, today, LIST);
  return {
    pipeline: matchStatuses.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    awaitingDecision: {
      total: awaiting.total,
      items: awaiting.items.map((r) => ({
        matchId: r.match_id,
        opportunityId: r.opportunity_id,
        opportunityTitle: repo.plainText(r.title),
        organisationId: r.organisation_id,
        organisationName: r.name,
        since: r.since === null ? null : repo.instant(r.since),
      })),
    },
    overdueDeliverables: {
      total: deliverables.total,
      items: deliverables.items.map((r) => ({
        projectId: r.project_id,
        projectTitle: repo.plainText(r.project_title),
        deliverableId: r.id,
        title: repo.plainText(r.title),
        dueBy: r.due_by,
      })),
    },
    nextGates: gates.map((r) => ({
      projectId: r.project_id,
      projectTitle: repo.plainText(r.project_title),
      phaseId: r.id,
      order: r.phase_order,
      name: repo.plainText(r.name),
      plannedEnd: r.planned_end,
    })),
    upcomingEvents: events.map((r) => ({
      id: r.id,
      title: r.title,
      startsAt: r.starts_at === null ? null : repo.instant(r.starts_at),
      timeZone: r.time_zone,
      registrations: r.registrations,
      pendingRequests: r.pending_requests,
    })),
    overdueTasks: {
      total: tasks.total,
      items: tasks.items.map((r) => ({
        id: r.id,
        title: r.title,
        dueOn: r.due_on,
        assigneeName: r.assignee,
        sourceKind: r.source_kind,
        sourceId: r.source_id,
        sourceParentId: r.source_parent_id,
        sourceLabel: r.source_label,
      })),
    },
    recentChanges: await recentChanges(db),
  };
}

async function recentChanges(db: Db): Promise<ManagerWork['recentChanges']> {
  const entries = await repo.recentAudit(db, 10);
  const ids = Object.fromEntries(
    repo.namedEntities.map((type) => [type, [...new Set(entries.filter((e) => e.entity_type === type).map((e) => e.entity_id))]]),
  ) as Record<repo.NamedEntity, string[]>;
  const names = await repo.entityNames(db, ids);
  return entries.map((e) => {
    const name = names.get(`${e.entity_type}:${e.entity_id}`);
    return {
      id: e.id,
      at: repo.instant(e.at),
      // The name the person has now; the command line and the demo seed are "system:<what>".
      actorName: e.display_name ?? e.actor,
      entityType: e.entity_type,
      entityId: e.entity_id,
      entityName: name?.name ?? null,
      entityText: name?.text ? repo.plainText(name.text) : null,
      action: e.action,
    };
  });
}

async function memberWork(db: Db, actor: UserActor, now: Date): Promise<MemberWork> {
  const organisation = actor.organisationId ? await repo.organisationName(db, actor.organisationId) : null;
  const matches = organisation ? await repo.newMatches(db, organisation.id, LIST) : { total: 0, items: [] };
  const requests = await repo.requestsWaiting(db, actor.id, actor.organisationId, now, LIST);
  const meetings = await repo.nextMeetings(db, actor.id, actor.organisationId, now, 5);
  return {
    organisation,
    newMatches: {
      total: matches.total,
      items: matches.items.map((r) => ({
        matchId: r.match_id,
        opportunityId: r.opportunity_id,
        opportunityTitle: repo.plainText(r.title),
        regionName: repo.plainText(r.region_name),
        score: r.score,
        createdAt: repo.instant(r.created_at),
      })),
    },
    requestsWaiting: requests.map((r) => ({
      requestId: r.id,
      eventId: r.event_id,
      eventTitle: r.event_title,
      fromDelegate: r.delegate,
      fromOrganisation: r.organisation,
      priority: r.priority,
      createdAt: repo.instant(r.created_at),
    })),
    nextMeetings: meetings.map((r) => ({
      eventId: r.event_id,
      eventTitle: r.event_title,
      startsAt: repo.instant(r.starts_at),
      timeZone: r.time_zone,
      table: r.table_number > 0 ? (r.table_name ?? String(r.table_number)) : null,
      online: r.online || r.table_number === 0,
      withOrganisations: r.organisations,
    })),
  };
}

async function officialWork(db: Db, actor: UserActor): Promise<OfficialWork> {
  const region = actor.regionId ? await repo.regionName(db, actor.regionId) : null;
  if (!region) return { region: null, opportunities: [] };
  const opportunities = await repo.regionOpportunities(db, region.id, 20);
  const counts = await repo.matchCountsOf(
    db,
    opportunities.map((o) => o.id),
  );
  return {
    region: { id: region.id, name: repo.plainText(region.name) },
    opportunities: opportunities.map((o) => {
      const mine = counts.filter((c) => c.opportunity_id === o.id);
      return {
        id: o.id,
        title: repo.plainText(o.title),
        regionName: repo.plainText(o.region_name),
        stage: o.stage,
        status: o.status,
        matchCount: mine.reduce((n, c) => n + c.count, 0),
        byStatus: matchStatuses.flatMap((status) => {
          const count = mine.find((c) => c.status === status)?.count ?? 0;
          return count > 0 ? [{ status, count }] : [];
        }),
      };
    }),
  };
}

async function adminWork(db: Db): Promise<AdminWork> {
  const counts = await repo.userCounts(db);
  const invitations = await repo.pendingInvitations(db, LIST);
  return {
    users: {
      total: counts.reduce((n, c) => n + c.count, 0),
      disabled: counts.reduce((n, c) => n + c.disabled, 0),
      byRole: counts.map((c) => ({ role: c.role, count: c.count })),
    },
    pendingInvitations: invitations.map((i) => ({
      userId: i.id,
      email: i.email,
      displayName: i.display_name,
      role: i.role,
      expiresAt: repo.instant(i.expires_at),
    })),
  };
}
