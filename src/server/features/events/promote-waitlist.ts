// When a place comes free, the first delegate of the waitlist takes it (awaiting approval when the
// organiser approves registrations) and is told by e-mail in the language they registered in.
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../db/open-database';
import * as repo from './events.repository';
import type { EventRow } from './events.repository';
import * as publicRepo from './public-registration.repository';
import { registrationMail } from './registration-mail';

/** Fills free places from the waitlist, first come first served; the caller holds the transaction. */
export async function promoteFromWaitlist(tx: DbOrTx, event: EventRow): Promise<string[]> {
  const capacity = event.registrationCapacity;
  const waiting = await publicRepo.waitlist(tx, event.id);
  const free = capacity === null ? waiting.length : capacity - (await publicRepo.placesTaken(tx, event.id));
  const promoted = waiting.slice(0, Math.max(0, free));
  for (const { id } of promoted) {
    const status = event.registrationApproval ? 'pending-approval' : 'registered';
    await repo.updateRegistration(tx, id, { status });
    const reg = (await repo.findRegistration(tx, event.id, id))!;
    const mail = await registrationMail(status === 'registered' ? 'promoted' : 'pending-approval', reg.language ?? 'en', {
      event: event.title,
      name: reg.delegateName,
      manageUrl: null,
    });
    await publicRepo.enqueueMail(tx, { id: `reg-${randomUUID()}`, to: reg.delegateEmail, ...mail });
  }
  return promoted.map((p) => p.id);
}
