// The offers and requests of the participants, filtered by type and words.
import type { z } from 'zod';
import type { MarketplaceQuery } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import * as repo from './events.repository';
import { isActive } from './event-rules';
import { eventOrThrow } from './event-views';

export async function marketplace(db: Db, eventId: string, q: z.output<typeof MarketplaceQuery>) {
  await eventOrThrow(db, eventId);
  const needle = q.q?.toLowerCase();
  const items = (await repo.listRegistrations(db, eventId)).filter(isActive).flatMap((r) =>
    r.offers
      .filter((o) => !q.type || o.type === q.type)
      .filter((o) => !needle || `${o.title} ${o.description} ${r.profile} ${r.organisationName}`.toLowerCase().includes(needle))
      .map((o) => ({
        registrationId: r.id,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        delegateName: r.delegateName,
        profile: r.profile,
        languages: r.languages,
        type: o.type,
        title: o.title,
        description: o.description,
      })),
  );
  return { items };
}
