// The read model of the home page ("My work"): read-only queries across the features' tables, each
// narrowed in SQL to what the caller may see (an organisation, a region, or the whole programme).
// Nothing here writes; the features that own the tables keep their rules for writes.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { rowsOf } from '../../db/rows';
import type { MatchStatus } from '../../../shared/api';

type Text = { original: 'nl' | 'en' | 'zh'; nl?: string; en?: string; zh?: string };

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** ISO instant of a timestamp as the driver returns it (Date or string). */
export const instant = (value: Date | string): string => new Date(value).toISOString();

/** Only the nl/en/zh parts of a text (project texts may carry IATI extras). */
export const plainText = (value: Text & Record<string, unknown>): Text => {
  const text: Text = { original: value.original };
  for (const lang of ['nl', 'en', 'zh'] as const) if (typeof value[lang] === 'string') text[lang] = value[lang];
  return text;
};

/** An instant as ISO 8601 text in UTC, whatever the session's time zone (sorts as text too). */
const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** Matches a person looks at: current ones, and any a person moved (kept when no longer ranked). */
const counted = sql`(m.current or m.status <> 'suggested')`;

// ── Programme managers ──

export function pipelineCounts(db: DbOrTx) {
  return rows<{ status: MatchStatus; count: number }>(db, sql`select m.status, count(*)::int as count from matches m where ${counted} group by m.status`);
}

export async function awaitingDecision(db: DbOrTx, limit: number) {
  const where = sql`m.status = 'interested'`;
  const [total] = await rows<{ n: number }>(db, sql`select count(*)::int as n from matches m where ${where}`);
  const items = await rows<{ match_id: string; opportunity_id: string; title: Text; organisation_id: string; name: string; since: Date | string | null }>(
    db,
    sql`select m.id as match_id, o.id as opportunity_id, o.title, g.id as organisation_id, g.name, m.status_changed_at as since
        from matches m join opportunities o on o.id = m.opportunity_id join organisations g on g.id = m.organisation_id
        where ${where} order by m.status_changed_at desc nulls last, m.id limit ${limit}`,
  );
  return { total: total?.n ?? 0, items };
}

/** Open deliverables whose due period ended before `today`, in projects not closed. */
export async function overdueDeliverables(db: DbOrTx, today: string, limit: number) {
  const where = sql`d.status in ('planned', 'in-progress') and d.due_by < ${today}::date and p.closure is null`;
  const from = sql`project_deliverables d join projects p on p.id = d.project_id`;
  const [total] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${from} where ${where}`);
  const items = await rows<{ project_id: string; project_title: Text; id: string; title: Text; due_by: string }>(
    db,
    sql`select d.project_id, p.title as project_title, d.id, d.title, d.due_by::text as due_by from ${from} where ${where}
        order by d.due_by, d.project_id, d.position limit ${limit}`,
  );
  return { total: total?.n ?? 0, items };
}

/** The first pending gate of each project that is not closed. */
export function nextGates(db: DbOrTx, limit: number) {
  return rows<{ project_id: string; project_title: Text; id: string; phase_order: number; name: Text; planned_end: string | null }>(
    db,
    sql`select * from (
          select distinct on (ph.project_id) ph.project_id, p.title as project_title, ph.id, ph.phase_order, ph.name, ph.dates->>'plannedEnd' as planned_end
          from project_phases ph join projects p on p.id = ph.project_id
          where ph.gate_status = 'pending' and p.closure is null
          order by ph.project_id, ph.phase_order) g
        order by g.planned_end nulls last, g.project_id limit ${limit}`,
  );
}

/** Events whose last slot has not ended (or that have no slots yet), soonest first. */
export function upcomingEvents(db: DbOrTx, now: Date, limit: number) {
  return rows<{ id: string; title: string; time_zone: string; starts_at: string | null; registrations: number; pending_requests: number }>(
    db,
    sql`select * from (
          select e.id, e.title, e.time_zone,
            to_char((select min((s->>'start')::timestamptz) from jsonb_array_elements(e.slots) s) at time zone 'UTC', ${ISO_UTC}) as starts_at,
            (select max((s->>'end')::timestamptz) from jsonb_array_elements(e.slots) s) as ends_at,
            (select count(*)::int from event_registrations r where r.event_id = e.id and r.status = 'registered') as registrations,
            (select count(*)::int from meeting_requests q where q.event_id = e.id and q.status = 'pending'
               and (e.request_deadline is null or e.request_deadline > ${now.toISOString()}::timestamptz)) as pending_requests
          from events e) x
        where x.ends_at is null or x.ends_at >= ${now.toISOString()}::timestamptz
        order by x.starts_at nulls last, x.id limit ${limit}`,
  );
}

export async function overdueTasks(db: DbOrTx, today: string, limit: number) {
  const where = sql`t.status = 'open' and t.due_on < ${today}::date`;
  const [total] = await rows<{ n: number }>(db, sql`select count(*)::int as n from follow_up_tasks t where ${where}`);
  const items = await rows<{
    id: string;
    title: string;
    due_on: string;
    assignee: string;
    source_kind: string;
    source_id: string;
    source_parent_id: string | null;
    source_label: string;
  }>(
    db,
    sql`select t.id, t.title, t.due_on::text as due_on, u.display_name as assignee, t.source_kind, t.source_id, t.source_parent_id, t.source_label
        from follow_up_tasks t join users u on u.id = t.assignee_id where ${where} order by t.due_on, t.id limit ${limit}`,
  );
  return { total: total?.n ?? 0, items };
}

export function recentAudit(db: DbOrTx, limit: number) {
  return rows<{ id: string; at: Date | string; actor: string; display_name: string | null; entity_type: string; entity_id: string; action: string }>(
    db,
    sql`select a.id::text as id, a.at, a.actor, u.display_name, a.entity_type, a.entity_id, a.action
        from audit_entries a left join users u on u.id = a.actor_id
        -- Personal settings (one's own account, tokens, alerts) are nobody else's work.
        where a.entity_type not in ('api-token', 'follow-up-settings') and not (a.entity_type = 'user' and a.actor_id is not distinct from a.entity_id)
        order by a.at desc, a.id desc limit ${limit}`,
  );
}

export const namedEntities = ['opportunity', 'organisation', 'project', 'event', 'region', 'user', 'follow-up-task', 'event-registration'] as const;
export type NamedEntity = (typeof namedEntities)[number];

/** What records are called now, by type and id (the types the audit trail names most). */
export async function entityNames(db: DbOrTx, ids: Record<NamedEntity, string[]>) {
  const names = new Map<string, { name: string | null; text: Text | null }>();
  const add = async (type: string, query: SQL) => {
    for (const row of await rows<{ id: string; name: string | null; text: Text | null }>(db, query))
      names.set(`${type}:${row.id}`, { name: row.name, text: row.text });
  };
  const list = (values: string[]) =>
    sql`(${sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    )})`;
  if (ids.opportunity.length) await add('opportunity', sql`select id, null as name, title as text from opportunities where id in ${list(ids.opportunity)}`);
  if (ids.organisation.length) await add('organisation', sql`select id, name, null as text from organisations where id in ${list(ids.organisation)}`);
  if (ids.project.length) await add('project', sql`select id, null as name, title as text from projects where id in ${list(ids.project)}`);
  if (ids.event.length) await add('event', sql`select id, title as name, null as text from events where id in ${list(ids.event)}`);
  if (ids.region.length) await add('region', sql`select id, null as name, name as text from regions where id in ${list(ids.region)}`);
  if (ids.user.length) await add('user', sql`select id, display_name as name, null as text from users where id in ${list(ids.user)}`);
  const tasks = ids['follow-up-task'];
  if (tasks.length) await add('follow-up-task', sql`select id, title as name, null as text from follow_up_tasks where id in ${list(tasks)}`);
  const registrations = ids['event-registration'];
  if (registrations.length)
    await add('event-registration', sql`select id, delegate_name as name, null as text from event_registrations where id in ${list(registrations)}`);
  return names;
}

// ── Members ──

export async function organisationName(db: DbOrTx, id: string) {
  const [row] = await rows<{ id: string; name: string }>(db, sql`select id, name from organisations where id = ${id}`);
  return row ?? null;
}

/** The organisation's matches no one has acted on, on published opportunities, newest first. */
export async function newMatches(db: DbOrTx, organisationId: string, limit: number) {
  const where = sql`m.organisation_id = ${organisationId} and m.current and m.status = 'suggested' and o.stage = 'published'`;
  const from = sql`matches m join opportunities o on o.id = m.opportunity_id join regions r on r.id = o.region_id`;
  const [total] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${from} where ${where}`);
  const items = await rows<{ match_id: string; opportunity_id: string; title: Text; region_name: Text; score: number; created_at: Date | string }>(
    db,
    sql`select m.id as match_id, o.id as opportunity_id, o.title, r.name as region_name, m.score, m.created_at
        from ${from} where ${where} order by m.created_at desc, m.score desc limit ${limit}`,
  );
  return { total: total?.n ?? 0, items };
}

/** Registrations the user acts for: their own and their organisation's. */
const actsFor = (alias: string, userId: string, organisationId: string | null) =>
  sql`(${sql.raw(alias)}.user_id = ${userId} or ${sql.raw(alias)}.organisation_id = ${organisationId ?? ''})`;

/** Pending requests in which an invitation to one of the user's registrations is unanswered. */
export function requestsWaiting(db: DbOrTx, userId: string, organisationId: string | null, now: Date, limit: number) {
  return rows<{
    id: string;
    event_id: string;
    event_title: string;
    delegate: string;
    organisation: string;
    priority: 'must-meet' | 'would-like-to';
    created_at: Date | string;
  }>(
    db,
    sql`select q.id, e.id as event_id, e.title as event_title, rr.delegate_name as delegate, ro.name as organisation, q.priority, q.created_at
        from meeting_requests q join events e on e.id = q.event_id
          join event_registrations rr on rr.id = q.requester_id join organisations ro on ro.id = rr.organisation_id
        where q.status = 'pending' and (e.request_deadline is null or e.request_deadline > ${now.toISOString()}::timestamptz)
          and exists (select 1 from jsonb_array_elements(q.invitees) i join event_registrations ir on ir.id = i->>'registrationId'
                      where i->>'response' = 'pending' and ${actsFor('ir', userId, organisationId)})
        order by q.created_at desc, q.id limit ${limit}`,
  );
}

/** Published, scheduled meetings still to come in which one of the user's registrations takes part. */
export function nextMeetings(db: DbOrTx, userId: string, organisationId: string | null, now: Date, limit: number) {
  return rows<{
    event_id: string;
    event_title: string;
    time_zone: string;
    starts_at: string;
    table_number: number;
    table_name: string | null;
    online: boolean;
    video_url: string | null;
    organisations: string[];
  }>(
    db,
    sql`select * from (
          select e.id as event_id, e.title as event_title, e.time_zone, to_char((s->>'start')::timestamptz at time zone 'UTC', ${ISO_UTC}) as starts_at, em.table_number,
            e.tables->(em.table_number - 1)->>'name' as table_name, q.online, em.video_url,
            array(select distinct o.name from event_registrations p join organisations o on o.id = p.organisation_id
                  where (p.id = q.requester_id or p.id in (select i->>'registrationId' from jsonb_array_elements(q.invitees) i))
                    and not ${actsFor('p', userId, organisationId)} order by o.name) as organisations
          from event_meetings em join events e on e.id = em.event_id join meeting_requests q on q.id = em.request_id
            cross join lateral jsonb_array_elements(e.slots) s
          where s->>'id' = em.slot_id and e.published_at is not null
            and exists (select 1 from event_registrations p where ${actsFor('p', userId, organisationId)}
                        and (p.id = q.requester_id or p.id in (select i->>'registrationId' from jsonb_array_elements(q.invitees) i)))) x
        where x.starts_at::timestamptz >= ${now.toISOString()}::timestamptz
        order by x.starts_at limit ${limit}`,
  );
}

// ── Partner officials ──

/** Opportunities of the region and the regions directly below it (drafts too: officials edit them), not closed. */
export function regionOpportunities(db: DbOrTx, regionId: string, limit: number) {
  return rows<{ id: string; title: Text; region_name: Text; stage: 'draft' | 'published' | 'closed'; status: 'open' | 'in-progress' | 'closed' }>(
    db,
    sql`select o.id, o.title, r.name as region_name, o.stage, o.status from opportunities o join regions r on r.id = o.region_id
        where (r.id = ${regionId} or r.parent_id = ${regionId}) and o.stage <> 'closed'
        order by o.updated_at desc, o.id limit ${limit}`,
  );
}

export function matchCountsOf(db: DbOrTx, opportunityIds: string[]) {
  if (opportunityIds.length === 0) return Promise.resolve([]);
  return rows<{ opportunity_id: string; status: MatchStatus; count: number }>(
    db,
    sql`select m.opportunity_id, m.status, count(*)::int as count from matches m
        where ${counted} and m.opportunity_id in (${sql.join(
          opportunityIds.map((id) => sql`${id}`),
          sql`, `,
        )}) group by 1, 2`,
  );
}

export async function regionName(db: DbOrTx, id: string) {
  const [row] = await rows<{ id: string; name: Text }>(db, sql`select id, name from regions where id = ${id}`);
  return row ?? null;
}

// ── Admins ──

export function userCounts(db: DbOrTx) {
  return rows<{ role: 'member' | 'partner-official' | 'programme-manager' | 'admin'; count: number; disabled: number }>(
    db,
    sql`select role, count(*)::int as count, count(*) filter (where disabled)::int as disabled from users group by role order by role`,
  );
}

/** Accounts invited and not yet accepted, with the latest invitation's expiry. */
export function pendingInvitations(db: DbOrTx, limit: number) {
  return rows<{
    id: string;
    email: string;
    display_name: string;
    role: 'member' | 'partner-official' | 'programme-manager' | 'admin';
    expires_at: Date | string;
  }>(
    db,
    sql`select u.id, u.email, u.display_name, u.role, max(t.expires_at) as expires_at
        from users u join one_time_tokens t on t.user_id = u.id and t.purpose = 'invitation' and t.used_at is null
        where u.password_hash is null and not u.disabled
        group by u.id order by max(t.created_at) desc limit ${limit}`,
  );
}
