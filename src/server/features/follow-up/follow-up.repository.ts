// Queries of the follow-up loop: reach, the records it links to, settings, opportunity stages,
// interest, feedback, outcomes and the programme report (interactions and tasks have their own
// repositories). Rules (who may, what moves where) live in the use-case files.
import { type SQL, and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/open-database';
import type { Recipient } from '../notifications/send-notifications';
import { rowsOf } from '../../db/rows';
import {
  eventMeetings,
  eventRegistrations,
  events,
  expressionsOfInterest,
  followUpSettings,
  followUpTasks,
  leadOutcomes,
  matches,
  meetingFeedback,
  meetingRequests,
  opportunities,
  organisations,
  users,
} from '../../db/schema';

/** What a reader reaches: everything (managers), or their organisation's / region's records and their own. */
export type Reach = { all: true } | { userId: string; organisationId: string | null; regionId: string | null };

/** The region and every region below it (a province's cities). */
export const regionTree = (root: string | SQL | AnyPgColumn) => sql`(with recursive tree(id) as (
    select id from regions where id = ${root}
    union select r.id from regions r join tree on r.parent_id = tree.id) select id from tree)`;

/** The condition "the reader reaches this row", for a table with organisation and region columns. */
export function reachable(reach: Reach, cols: { organisationId: AnyPgColumn; regionId: AnyPgColumn; people: AnyPgColumn[] }): SQL | undefined {
  if ('all' in reach) return undefined;
  return or(
    reach.organisationId ? eq(cols.organisationId, reach.organisationId) : undefined,
    reach.regionId ? sql`${cols.regionId} in ${regionTree(reach.regionId)}` : undefined,
    ...cols.people.map((c) => eq(c, reach.userId)),
  );
}

/** True when `regionId` is `ancestorId` or lies below it. */
export async function regionWithin(db: DbOrTx, regionId: string | null, ancestorId: string): Promise<boolean> {
  if (!regionId) return false;
  const rows = rowsOf<{ ok: boolean }>(await db.execute(sql`select ${regionId} in ${regionTree(ancestorId)} as ok`));
  return rows[0]?.ok === true;
}

// ── Records the loop links to ───────────────────────────────────────────────

export async function findOpportunity(db: DbOrTx, id: string) {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, homeRegionId: organisations.homeRegionId })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

export async function findMatch(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: matches.id,
      status: matches.status,
      organisationId: matches.organisationId,
      opportunityId: matches.opportunityId,
      regionId: opportunities.regionId,
      title: opportunities.title,
      organisationName: organisations.name,
    })
    .from(matches)
    .innerJoin(opportunities, eq(opportunities.id, matches.opportunityId))
    .innerJoin(organisations, eq(organisations.id, matches.organisationId))
    .where(eq(matches.id, id));
  return row;
}

export async function findEvent(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: events.id, title: events.title }).from(events).where(eq(events.id, id));
  return row;
}

export async function findUser(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      organisationId: users.organisationId,
      regionId: users.regionId,
      language: users.language,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

/** A scheduled meeting of an event: its request and the registrations on both sides. */
export async function findMeeting(db: DbOrTx, eventId: string, requestId: string) {
  const [request] = await db
    .select({
      id: meetingRequests.id,
      requesterId: meetingRequests.requesterId,
      invitees: meetingRequests.invitees,
      status: meetingRequests.status,
      eventTitle: events.title,
    })
    .from(meetingRequests)
    .innerJoin(eventMeetings, and(eq(eventMeetings.requestId, meetingRequests.id), eq(eventMeetings.eventId, meetingRequests.eventId)))
    .innerJoin(events, eq(events.id, meetingRequests.eventId))
    .where(and(eq(meetingRequests.eventId, eventId), eq(meetingRequests.id, requestId)));
  if (!request) return undefined;
  const ids = [request.requesterId, ...request.invitees.map((i) => i.registrationId)];
  const parties = await db
    .select({
      id: eventRegistrations.id,
      userId: eventRegistrations.userId,
      organisationId: eventRegistrations.organisationId,
      delegateName: eventRegistrations.delegateName,
      organisationName: organisations.name,
    })
    .from(eventRegistrations)
    .innerJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(inArray(eventRegistrations.id, ids));
  return { ...request, parties };
}

// ── Settings and the task feed ──────────────────────────────────────────────

export async function findSettings(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(followUpSettings).where(eq(followUpSettings.userId, userId));
  return row;
}

export async function upsertSettings(db: DbOrTx, userId: string, values: Partial<Omit<typeof followUpSettings.$inferInsert, 'userId'>>) {
  await db
    .insert(followUpSettings)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: followUpSettings.userId, set: values });
}

export async function findSettingsByFeedHash(db: DbOrTx, hash: string) {
  const [row] = await db.select().from(followUpSettings).where(eq(followUpSettings.feedTokenHash, hash));
  return row;
}

/** Who owns an opportunity of `regionId`: the partner officials of it or a region above it, and (with `managers`) the programme managers. */
export async function ownersOfRegion(db: DbOrTx, regionId: string, { managers }: { managers: boolean }): Promise<Recipient[]> {
  return db
    .select({ id: users.id, email: users.email, language: users.language })
    .from(users)
    .where(
      and(
        eq(users.disabled, false),
        or(
          managers ? eq(users.role, 'programme-manager') : undefined,
          and(eq(users.role, 'partner-official'), sql`${regionId} in ${regionTree(users.regionId)}`),
        ),
      ),
    )
    .orderBy(asc(users.id));
}

/** Members who opted in to alerts, of the organisations best matched to the opportunity. */
export async function alertRecipients(db: DbOrTx, opportunityId: string, best: number) {
  return db
    .select({ id: users.id, email: users.email, language: users.language, organisationId: users.organisationId })
    .from(users)
    .innerJoin(followUpSettings, and(eq(followUpSettings.userId, users.id), eq(followUpSettings.opportunityAlerts, true)))
    .where(
      and(
        eq(users.disabled, false),
        eq(users.role, 'member'),
        sql`${users.organisationId} in (select organisation_id from matches
          where opportunity_id = ${opportunityId} and current and status <> 'not-relevant'
          order by score desc limit ${best})`,
      ),
    );
}

// ── Opportunity lifecycle ───────────────────────────────────────────────────

export async function setOpportunityStage(db: DbOrTx, id: string, values: Partial<typeof opportunities.$inferInsert>) {
  await db
    .update(opportunities)
    .set({ ...values, updatedAt: sql`now()` as unknown as string })
    .where(eq(opportunities.id, id));
}

/** Published opportunities past their expiry date (closed as expired by the daily job). */
export async function expiredOpportunities(db: DbOrTx, day: string) {
  return db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.stage, 'published'), sql`${opportunities.expiresOn} < ${day}`));
}

/** Published opportunities expiring by `until` whose owners were not yet reminded; marks them reminded. */
export async function claimExpiryReminders(db: DbOrTx, until: string) {
  return db
    .update(opportunities)
    .set({ expiryReminderSentAt: sql`now()` as unknown as string })
    .where(and(eq(opportunities.stage, 'published'), isNull(opportunities.expiryReminderSentAt), sql`${opportunities.expiresOn} <= ${until}`))
    .returning();
}

// ── Interest ────────────────────────────────────────────────────────────────

export async function insertInterest(db: DbOrTx, row: typeof expressionsOfInterest.$inferInsert) {
  await db.insert(expressionsOfInterest).values(row);
}

// ── Meeting feedback ────────────────────────────────────────────────────────

export type FeedbackRow = typeof meetingFeedback.$inferSelect;

export async function upsertFeedback(db: DbOrTx, row: typeof meetingFeedback.$inferInsert) {
  await db
    .insert(meetingFeedback)
    .values(row)
    .onConflictDoUpdate({
      target: [meetingFeedback.requestId, meetingFeedback.registrationId],
      set: { answer: row.answer, note: row.note, matchId: row.matchId, createdBy: row.createdBy, createdAt: sql`now()` as unknown as string },
    });
}

export async function meetingExists(db: DbOrTx, requestId: string): Promise<boolean> {
  const [row] = await db.select({ id: eventMeetings.requestId }).from(eventMeetings).where(eq(eventMeetings.requestId, requestId));
  return Boolean(row);
}

export async function feedbackOf(db: DbOrTx, requestId: string): Promise<FeedbackRow[]> {
  return db.select().from(meetingFeedback).where(eq(meetingFeedback.requestId, requestId)).orderBy(asc(meetingFeedback.createdAt));
}

/** The follow-up task already made for one side of a meeting, if any. */
export async function meetingTaskOf(db: DbOrTx, requestId: string, assigneeId: string) {
  const [row] = await db
    .select({ id: followUpTasks.id })
    .from(followUpTasks)
    .where(
      and(
        eq(followUpTasks.sourceKind, 'meeting'),
        eq(followUpTasks.sourceId, requestId),
        eq(followUpTasks.assigneeId, assigneeId),
        ne(followUpTasks.status, 'cancelled'),
      ),
    );
  return row;
}

/** Answers per event: meetings scheduled, answered, answers by kind, meetings where every side agreed. */
export async function eventOutcomes(db: DbOrTx, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return rowsOf<{ event_id: string; title: string; meetings: number; answered: number; answers: Record<string, number> | null; agreed: number }>(
    await db.execute(sql`
      select e.id as event_id, e.title,
        (select count(*)::int from event_meetings m where m.event_id = e.id) as meetings,
        (select count(distinct f.request_id)::int from meeting_feedback f where f.event_id = e.id) as answered,
        (select jsonb_object_agg(answer, n) from (select answer, count(*)::int as n from meeting_feedback f where f.event_id = e.id group by answer) a) as answers,
        (select count(*)::int from (select f.request_id from meeting_feedback f where f.event_id = e.id
            group by f.request_id having bool_and(f.answer = 'follow-up-agreed') and count(*) >= 2) agreed) as agreed
      from events e where e.id in ${eventIds} order by e.id`),
  );
}

// ── Lead outcomes ───────────────────────────────────────────────────────────

export async function insertOutcome(db: DbOrTx, row: typeof leadOutcomes.$inferInsert) {
  await db.insert(leadOutcomes).values(row);
}

export async function listOutcomes(db: DbOrTx, reach: Reach, f: { projectId?: string; matchId?: string; id?: string }) {
  return db
    .select({
      o: leadOutcomes,
      organisationName: organisations.name,
      opportunityId: matches.opportunityId,
      opportunityTitle: opportunities.title,
      eventId: meetingRequests.eventId,
      eventTitle: events.title,
    })
    .from(leadOutcomes)
    .leftJoin(organisations, eq(organisations.id, leadOutcomes.organisationId))
    .leftJoin(matches, eq(matches.id, leadOutcomes.matchId))
    .leftJoin(opportunities, eq(opportunities.id, matches.opportunityId))
    .leftJoin(meetingRequests, eq(meetingRequests.id, leadOutcomes.requestId))
    .leftJoin(events, eq(events.id, meetingRequests.eventId))
    .where(
      and(
        reachable(reach, { organisationId: leadOutcomes.organisationId, regionId: leadOutcomes.regionId, people: [] }),
        f.projectId ? eq(leadOutcomes.projectId, f.projectId) : undefined,
        f.matchId ? eq(leadOutcomes.matchId, f.matchId) : undefined,
        f.id ? eq(leadOutcomes.id, f.id) : undefined,
      ),
    )
    .orderBy(desc(leadOutcomes.signedOn), desc(leadOutcomes.createdAt));
}

export async function findProjectTitle(db: DbOrTx, id: string) {
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select id from projects where id = ${id}`));
  return rows[0];
}

// ── Programme report ────────────────────────────────────────────────────────

export type ReportFilters = { from?: string; to?: string; regionId?: string; twinningId?: string; theme?: string };

/** Counts of each step of the loop, for opportunities passing the filters and events in the period. */
export async function reportCounts(db: DbOrTx, f: ReportFilters) {
  const filtered = Boolean(f.regionId || f.twinningId || f.theme);
  const inPeriod = (column: SQL) => sql`(${f.from ?? null}::date is null or ${column} >= ${f.from ?? null}::date)
    and (${f.to ?? null}::date is null or ${column} <= ${f.to ?? null}::date)`;
  const scoped = sql`(select o.id from opportunities o where o.stage <> 'draft'
      ${f.regionId ? sql`and o.region_id in ${regionTree(f.regionId)}` : sql``}
      ${f.theme ? sql`and ${f.theme} = any(o.themes)` : sql``}
      ${
        f.twinningId
          ? sql`and exists (select 1 from twinnings tw where tw.id = ${f.twinningId}
          and (o.region_id in ${regionTree(sql.raw('tw.home_region_id'))}
            or o.region_id in ${regionTree(sql.raw('tw.partner_region_id'))}))`
          : sql``
      })`;
  // Rows reached through a match count under a filter only when their match's opportunity passes it.
  const viaMatch = (matchColumn: SQL) => (filtered ? sql`${matchColumn} in (select id from matches where opportunity_id in ${scoped})` : sql`true`);
  const [row] = rowsOf<Record<string, number>>(
    await db.execute(sql`select
      (select count(*)::int from opportunities o where o.id in ${scoped} and ${inPeriod(sql`coalesce(o.published_at, o.created_at)::date`)}) as "opportunitiesPublished",
      (select count(*)::int from matches m where m.opportunity_id in ${scoped} and (m.current or m.status <> 'suggested') and ${inPeriod(sql`m.created_at::date`)}) as "matchesProposed",
      (select count(*)::int from expressions_of_interest i where i.opportunity_id in ${scoped} and ${inPeriod(sql`i.created_at::date`)}) as "interestsExpressed",
      (select count(distinct f.request_id)::int from meeting_feedback f where f.answer <> 'did-not-take-place' and ${viaMatch(sql`f.match_id`)} and ${inPeriod(sql`f.created_at::date`)}) as "meetingsHeld",
      (select count(*)::int from (select f.request_id from meeting_feedback f where ${viaMatch(sql`f.match_id`)} and ${inPeriod(sql`f.created_at::date`)}
          group by f.request_id having bool_and(f.answer = 'follow-up-agreed') and count(*) >= 2) agreed) as "followUpsAgreed",
      (select count(*)::int from lead_outcomes l where l.kind <> 'project' and ${viaMatch(sql`l.match_id`)} and ${inPeriod(sql`l.signed_on`)}) as "agreementsSigned",
      (select count(*)::int from lead_outcomes l where l.kind = 'project' and ${viaMatch(sql`l.match_id`)} and ${inPeriod(sql`l.signed_on`)}) as "projectsStarted"`),
  );
  return row ?? {};
}

/** Events with meeting feedback in the period (and, under a filter, feedback on a scoped match). */
export async function reportEventIds(db: DbOrTx, f: ReportFilters): Promise<string[]> {
  const rows = rowsOf<{ event_id: string }>(
    await db.execute(sql`select distinct f.event_id from meeting_feedback f
      where (${f.from ?? null}::date is null or f.created_at::date >= ${f.from ?? null}::date)
        and (${f.to ?? null}::date is null or f.created_at::date <= ${f.to ?? null}::date)
      order by f.event_id`),
  );
  return rows.map((r) => r.event_id);
}
