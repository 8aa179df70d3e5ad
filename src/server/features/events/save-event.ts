// Creating and changing an event: slots, tables, interpreters and the project it belongs to.
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { EventDetail, EventInput, EventUpdate } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import type { EventSlotValue, EventTableValue } from '../../db/schema/events';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { projectActivityExists } from '../projects/project-views';
import * as repo from './events.repository';
import { type Issue, normalisePair } from './event-rules';
import { eventOrThrow, toEventDetail } from './event-views';

function normaliseEvent<T extends Partial<z.output<typeof EventUpdate>>>(
  input: T,
): Omit<T, 'tables' | 'slots' | 'interpreters'> & {
  tables?: EventTableValue[];
  slots?: EventSlotValue[];
  interpreters?: Record<string, number>;
} {
  const { tables, slots, interpreters, ...rest } = input;
  const out: ReturnType<typeof normaliseEvent<T>> = { ...rest };
  if (tables !== undefined) {
    out.tables = typeof tables === 'number' ? Array.from({ length: tables }, (_, i) => ({ name: String(i + 1), room: null })) : tables;
  }
  if (slots !== undefined) {
    out.slots = [...slots]
      .map((s) => ({ ...s, start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() }))
      .sort((a, b) => a.start.localeCompare(b.start));
  }
  if (interpreters !== undefined) {
    out.interpreters = Object.fromEntries(Object.entries(interpreters).map(([k, v]) => [normalisePair(k), v]));
  }
  return out;
}

function checkEvent(input: { slots?: z.output<typeof EventInput>['slots']; projectId?: string | null; activityId?: string | null }): void {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  (input.slots ?? []).forEach((s, i) => {
    if (Date.parse(s.end) <= Date.parse(s.start)) issues.push({ path: `slots.${i}.end`, message: 'must be after start' });
    if (seen.has(s.id)) issues.push({ path: `slots.${i}.id`, message: `slot "${s.id}" appears twice` });
    seen.add(s.id);
  });
  const meetings = (input.slots ?? []).map((s, i) => ({ ...s, i })).filter((s) => s.kind === 'meeting');
  meetings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (let k = 1; k < meetings.length; k++) {
    if (Date.parse(meetings[k]!.start) < Date.parse(meetings[k - 1]!.end)) {
      issues.push({ path: `slots.${meetings[k]!.i}.start`, message: `overlaps meeting slot "${meetings[k - 1]!.id}"` });
    }
  }
  if (input.activityId && !input.projectId) issues.push({ path: 'projectId', message: 'an activity belongs to a project: give its projectId' });
  if (issues.length) throw invalid(issues);
}

/** The project and activity an event names must exist (they are not foreign keys: projects own their ids). */
async function checkProjectActivity(db: DbOrTx, projectId: string | null | undefined, activityId: string | null | undefined): Promise<void> {
  if (!projectId) return;
  const found = await projectActivityExists(db, projectId, activityId ?? null);
  if (!found.project) throw invalid([{ path: 'projectId', message: `there is no project "${projectId}"` }]);
  if (activityId && !found.activity) throw invalid([{ path: 'activityId', message: `project "${projectId}" has no activity "${activityId}"` }]);
}

export async function createEvent(db: Db, actor: Actor, input: z.output<typeof EventInput>): Promise<EventDetail> {
  checkEvent(input);
  const values = normaliseEvent(input);
  return db.transaction(async (tx) => {
    await checkProjectActivity(tx, input.projectId, input.activityId);
    let row;
    try {
      row = await repo.insertEvent(tx, { ...values, tables: values.tables!, slots: values.slots!, interpreters: values.interpreters ?? {} });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation)
        throw conflict(ErrorCode.alreadyExists, `An event with id "${input.id}" already exists`, { id: input.id });
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'event', entityId: row.id, action: 'create', after: row });
    return toEventDetail(row);
  });
}

export async function updateEvent(db: Db, actor: Actor, id: string, input: z.output<typeof EventUpdate>): Promise<EventDetail> {
  const values = normaliseEvent(input);
  return db.transaction(async (tx) => {
    const before = await eventOrThrow(tx, id);
    checkEvent({ slots: input.slots, projectId: input.projectId ?? before.projectId, activityId: input.activityId ?? before.activityId });
    if (input.projectId !== undefined || input.activityId !== undefined) {
      await checkProjectActivity(tx, input.projectId ?? before.projectId, input.activityId ?? before.activityId);
    }
    const row = (await repo.updateEvent(tx, id, values))!;
    // Meetings in slots or at tables that no longer exist are dropped.
    const slots = new Set(row.slots.filter((s) => s.kind === 'meeting').map((s) => s.id));
    const gone = (await repo.listMeetings(tx, id)).filter((m) => !slots.has(m.slotId) || m.table > row.tables.length);
    await repo.deleteMeetings(
      tx,
      id,
      gone.map((m) => m.requestId),
    );
    await recordAudit(tx, actor, { entityType: 'event', entityId: id, action: 'update', before, after: row });
    return toEventDetail(row);
  });
}
