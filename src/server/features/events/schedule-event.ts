import type { z } from 'zod';
import type { ScheduleInput } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import type { ScheduleRunner } from '../../solver/schedule-in-worker';
import type { ScheduleRunValue } from '../../db/schema/events';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import type { EventRow, RegistrationRow } from './events.repository';
import { videoUrlFor } from './hybrid-meetings';
import { effectiveStatus, isActive, participantsOf } from './event-rules';
import { buildEngineInput } from './engine-input';
import { eventOrThrow } from './event-views';
import { notifyDelegates } from './notify-delegates';

/** `run` is the engine: scheduleInWorker in the app, so the event loop keeps serving while it solves. */
/** `publicUrl`: where the links in the notification e-mail point (PUBLIC_URL). */
/** `videoUrlTemplate`: EVENT_VIDEO_URL_TEMPLATE, the address of a meeting's video call. */
export type ScheduleDeps = { now: Date; clock?: () => number; run: ScheduleRunner; publicUrl: string; videoUrlTemplate?: string };

/** Organisation pairs that met at events of the same project that ended before this one starts. */
export async function organisationsMetBefore(db: Db, event: EventRow): Promise<[string, string][]> {
  if (!event.skipPairsMetBefore || !event.projectId) return [];
  const starts = Math.min(...event.slots.map((s) => Date.parse(s.start)));
  const earlier = (await repo.listProjectEvents(db, event.projectId)).filter((e) => e.id !== event.id && e.slots.every((s) => Date.parse(s.end) <= starts));
  return repo.organisationPairsMet(
    db,
    earlier.map((e) => e.id),
  );
}

/**
 * The organiser's scheduling action: builds the engine input (no transaction open), runs the
 * engine for the time limit, then stores the meetings in one transaction. Locked meetings stay
 * where they are; the rest are placed anew. Returns "N of at most M possible meetings scheduled".
 */
export async function scheduleEvent(db: Db, actor: Actor, eventId: string, input: z.output<typeof ScheduleInput>, deps: ScheduleDeps) {
  const { now, publicUrl } = deps;
  const clock = deps.clock ?? (() => performance.now());
  const event = await eventOrThrow(db, eventId);
  const [regs, requests, meetings] = await Promise.all([repo.listRegistrations(db, eventId), repo.listRequests(db, eventId), repo.listMeetings(db, eventId)]);
  const metOrganisations = await organisationsMetBefore(db, event);
  const { engine, locked, pairs, video } = buildEngineInput(event, regs, requests, meetings, now, metOrganisations);
  const started = clock();
  const budget = input.timeLimitSeconds * 1000;
  const weights = new Set(engine.requests.map((r) => r.weight ?? 1));
  const unitWeights = weights.size <= 1;
  const result = await deps.run(engine, { timeLimitMs: unitWeights ? budget : budget * 0.75, locked, seed: 1 });
  // M: a proven bound on the NUMBER of meetings. With one weight w it is ⌊bound / w⌋; otherwise a
  // second, unit-weight run proves it.
  let possible: number;
  if (unitWeights) {
    const w = [...weights][0] ?? 1;
    possible = Math.floor(result.upperBound / w + 1e-9);
  } else {
    const unit = await deps.run(
      { ...engine, requests: engine.requests.map((r) => ({ ...r, weight: 1 })) },
      { timeLimitMs: Math.max(200, budget - (clock() - started)), locked, seed: 1 },
    );
    possible = Math.max(Math.floor(unit.upperBound + 1e-9), result.meetings.length);
  }
  const lockedIds = new Set(locked.map((m) => m.request));
  const wasLocked = new Map(meetings.map((m) => [m.requestId, m.locked]));
  const run: ScheduleRunValue = {
    at: now.toISOString(),
    meetings: result.meetings.length,
    possible,
    weight: result.weight,
    upperBound: result.upperBound,
    optimal: result.optimal,
    oversubscribed: result.oversubscribed.map((o) => ({ registrationId: o.participant, requested: o.requested, possible: o.possible })),
    unscheduled: result.unscheduled,
    locked: locked.length,
    excludedPairs: engine.excludedPairs?.length ?? 0,
    elapsedMs: Math.round(clock() - started),
  };

  const changed = await db.transaction(async (tx) => {
    // Requests cancelled while the engine ran are not stored.
    const current = new Map((await repo.listRequests(tx, eventId)).map((r) => [r.id, r]));
    const keep = result.meetings.filter((m) => {
      const r = current.get(m.request);
      return r && effectiveStatus(r, event, now) === 'accepted';
    });
    const before = await repo.listMeetings(tx, eventId);
    await repo.deleteMeetings(
      tx,
      eventId,
      before.map((m) => m.requestId),
    );
    await repo.insertMeetings(
      tx,
      keep.map((m) => ({
        eventId,
        requestId: m.request,
        slotId: m.slot,
        table: m.table,
        locked: lockedIds.has(m.request) ? (wasLocked.get(m.request) ?? false) : false,
        interpreterPair: pairs.get(m.request) ?? null,
        videoUrl: video.has(m.request) ? videoUrlFor(deps.videoUrlTemplate, eventId, m.request) : null,
      })),
    );
    await repo.updateEvent(tx, eventId, { lastRun: run });
    await recordAudit(tx, actor, { entityType: 'event-schedule', entityId: eventId, action: 'schedule', after: run });
    const placeOf = (list: { requestId: string; slotId: string; table: number }[]) => new Map(list.map((m) => [m.requestId, `${m.slotId}|${m.table}`]));
    const old = placeOf(before);
    const fresh = placeOf(keep.map((m) => ({ requestId: m.request, slotId: m.slot, table: m.table })));
    const moved = new Set([...old.keys(), ...fresh.keys()].filter((id) => old.get(id) !== fresh.get(id)));
    const touched = new Set([...moved].flatMap((id) => (current.get(id) ? participantsOf(current.get(id)!) : [])));
    if (event.publishedAt && touched.size > 0) {
      const byId = new Map(regs.map((r) => [r.id, r]));
      await notifyDelegates(
        tx,
        publicUrl,
        event,
        [...touched].map((id) => byId.get(id)).filter((r): r is RegistrationRow => !!r && isActive(r)),
        {
          kind: 'agenda-changed',
          params: { cause: 'rescheduled' },
        },
      );
    }
    return moved.size;
  });
  const names = new Map(regs.map((r) => [r.id, r]));
  return {
    message: `${run.meetings} of at most ${run.possible} possible meetings scheduled`,
    run,
    changed,
    oversubscribed: run.oversubscribed.map((o) => ({
      ...o,
      delegateName: names.get(o.registrationId)?.delegateName ?? '',
      organisationName: names.get(o.registrationId)?.organisationName ?? '',
    })),
  };
}
