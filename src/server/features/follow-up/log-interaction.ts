// Logging a call, meeting, e-mail, visit or delegation against the records it concerns.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { InteractionInput } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db } from '../../db/open-database';
import { invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './follow-up.repository';
import * as interactionsRepo from './interactions.repository';
import { resolveLinks } from './links';
import { getInteraction } from './list-interactions';
import { mustReach } from './reach';

export async function logInteraction(db: Db, actor: Actor, input: z.output<typeof InteractionInput>) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const links = await resolveLinks(tx, input);
    await mustReach(tx, actor, links, 'This interaction');
    for (const [i, p] of input.participants.entries()) {
      if (p.userId && !(await repo.findUser(tx, p.userId))) throw invalid([{ path: `participants.${i}.userId`, message: `user "${p.userId}" does not exist` }]);
      if (p.organisationId && !(await repo.findOrganisation(tx, p.organisationId))) {
        throw invalid([{ path: `participants.${i}.organisationId`, message: `organisation "${p.organisationId}" does not exist` }]);
      }
    }
    const row = {
      id,
      kind: input.kind,
      occurredOn: input.occurredOn,
      note: input.note,
      participants: input.participants,
      ...links,
      createdBy: actorLabel(actor),
      createdById: actor.kind === 'user' ? actor.id : null,
    };
    await interactionsRepo.insertInteraction(tx, row);
    await recordAudit(tx, actor, { entityType: 'interaction', entityId: id, action: 'create', after: row });
  });
  return getInteraction(db, actor, id);
}
