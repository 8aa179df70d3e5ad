// An event's outcome numbers from the meeting feedback: meetings, answered, answers by kind,
// and meetings where both sides agreed a follow-up.
import { type FeedbackAnswer, feedbackAnswers } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { notFound } from '../../errors';
import * as repo from './follow-up.repository';

export async function outcomesOf(db: DbOrTx, eventIds: string[]) {
  const rows = await repo.eventOutcomes(db, eventIds);
  return rows.map((r) => ({
    eventId: r.event_id,
    title: r.title,
    meetings: r.meetings,
    answered: r.answered,
    answers: Object.fromEntries(feedbackAnswers.map((a) => [a, r.answers?.[a] ?? 0])) as Record<FeedbackAnswer, number>,
    followUpsAgreed: r.agreed,
  }));
}

export async function eventOutcomes(db: DbOrTx, eventId: string) {
  const [one] = await outcomesOf(db, [eventId]);
  if (!one) throw notFound('Event', eventId);
  const { title: _title, ...outcomes } = one;
  return outcomes;
}
