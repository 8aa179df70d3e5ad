import type { SchedulingModel } from './model';
import type { Oversubscription } from './types';

/** Participants asked for more meetings than they have slots: the organiser's first suspects. */
export function oversubscribedParticipants(model: SchedulingModel): Oversubscription[] {
  const requested = new Int32Array(model.participantCount);
  for (const members of model.members) for (const p of members) requested[p]!++;
  return model.event.participants.flatMap((participant, p) => {
    const possible = participant.available?.length ?? model.slotCount;
    return requested[p]! > possible ? [{ participant: participant.id, requested: requested[p]!, possible }] : [];
  });
}
