// After an event meeting each side answers: follow-up agreed / interesting, not now / not
// relevant / did not take place. A meeting that took place moves its match to "meeting held";
// "follow-up agreed" gives the answering user a follow-up task (due in two weeks). The answers
// feed the event's outcome numbers and the programme report.
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { MeetingFeedbackInput } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { actsFor } from '../events/events.service';
import { moveMatch, pipelineStep } from '../matching/matching.service';
import { insertTask } from './create-task';
import * as repo from './follow-up.repository';

import { addDays, todayOf } from './tasks';

/** Days until the follow-up task of an agreed follow-up is due. */
export const FOLLOW_UP_DAYS = 14;

export async function giveMeetingFeedback(db: Db, actor: Actor, eventId: string, requestId: string, input: z.output<typeof MeetingFeedbackInput>, now: Date) {
  return db.transaction(async (tx) => {
    const meeting = await repo.findMeeting(tx, eventId, requestId);
    if (!meeting) throw notFound('Meeting', requestId);
    const side = meeting.parties.find((p) => p.id === input.registrationId);
    if (!side) throw invalid([{ path: 'registrationId', message: 'this registration took no part in the meeting' }]);
    if (!actsFor(actor, side)) throw forbidden(ErrorCode.meetingPartiesOnly, 'Each side answers for itself: the delegate, their organisation or the organiser');
    const earlier = await repo.feedbackOf(tx, requestId);
    const matchId = input.matchId ?? earlier.find((f) => f.matchId)?.matchId ?? null;
    const match = matchId ? await repo.findMatch(tx, matchId) : undefined;
    if (matchId && (!match || !meeting.parties.some((p) => p.organisationId === match.organisationId))) {
      throw invalid([{ path: 'matchId', message: 'the match must be about the organisation of one side of this meeting' }]);
    }
    const row = { eventId, requestId, registrationId: side.id, answer: input.answer, note: input.note, matchId, createdBy: actorLabel(actor) };
    await repo.upsertFeedback(tx, row);
    await recordAudit(tx, actor, {
      entityType: 'meeting-feedback',
      entityId: `${requestId}/${side.id}`,
      action: 'answer',
      before: earlier.find((f) => f.registrationId === side.id),
      after: row,
    });

    let matchStatus = match?.status ?? null;
    if (match && input.answer !== 'did-not-take-place' && pipelineStep(match.status) < pipelineStep('meeting-held')) {
      await moveMatch(tx, actor, match.id, 'meeting-held', input.note ?? undefined);
      matchStatus = 'meeting-held';
    }

    let taskId: string | null = null;
    // The delegate who met; a delegate without an account leaves it to whoever answered for them.
    const assigneeId = side.userId ?? (actor.kind === 'user' ? actor.id : null);
    if (input.answer === 'follow-up-agreed' && assigneeId) {
      const existing = await repo.meetingTaskOf(tx, requestId, assigneeId);
      const other = meeting.parties
        .filter((p) => p.id !== side.id)
        .map((p) => p.organisationName)
        .join(', ');
      taskId =
        existing?.id ??
        (
          await insertTask(
            tx,
            actor,
            {
              title: `Follow up with ${other}`,
              assigneeId,
              dueOn: addDays(todayOf(now), FOLLOW_UP_DAYS),
              source: { kind: 'meeting', id: requestId, parentId: eventId },
            },
            {
              organisationId: side.organisationId,
              regionId: match?.regionId ?? null,
              label: `${meeting.eventTitle}: ${meeting.parties.map((p) => p.organisationName).join(' – ')}`,
              parentId: eventId,
            },
            now,
          )
        ).id;
    }
    const feedback = (await repo.feedbackOf(tx, requestId)).map(({ eventId: _e, createdBy: _b, ...f }) => f);
    return { feedback, matchStatus, taskId };
  });
}

export async function meetingFeedbackOf(db: Db, actor: Actor, eventId: string, requestId: string) {
  const meeting = await repo.findMeeting(db, eventId, requestId);
  if (!meeting) throw notFound('Meeting', requestId);
  if (!meeting.parties.some((p) => actsFor(actor, p)))
    throw forbidden(ErrorCode.meetingPartiesOnly, 'Only the two sides and the organiser see the answers of a meeting');
  return { feedback: (await repo.feedbackOf(db, requestId)).map(({ eventId: _e, createdBy: _b, ...f }) => f) };
}
