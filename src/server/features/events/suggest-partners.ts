import { ErrorCode, type Language } from '../../../shared/api';
import { indexOrganisations, rankOrganisations } from '../../../core/matching/index';
import type { Viewer } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden, notFound } from '../../errors';
import { matchingBridge } from '../matching/matching.service';
import * as repo from './events.repository';
import type { RegistrationRow } from './events.repository';
import { actsFor, isActive } from './event-rules';
import { eventOrThrow } from './event-views';

/**
 * Suggested partners for a delegate, from the matching engine: what the delegate looks for (its
 * requests, offers and profile) against the profiles and offers of the other participants.
 */
export async function suggestions(db: Db, viewer: Viewer, eventId: string, registrationId: string, lang: Language = 'en') {
  await eventOrThrow(db, eventId);
  const regs = (await repo.listRegistrations(db, eventId)).filter(isActive);
  const reg = regs.find((r) => r.id === registrationId);
  if (!reg) throw notFound('Registration', registrationId);
  if (!actsFor(viewer, reg)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may see suggestions for your own organisation’s delegates only');
  const others = regs.filter((r) => r.id !== reg.id && r.organisationId !== reg.organisationId);
  if (others.length === 0) return { items: [] };
  const textOf = (r: RegistrationRow) => [r.profile, ...r.offers.map((o) => `${o.title}. ${o.description}`)].join('\n');
  const wanted = reg.offers.filter((o) => o.type.endsWith('-request') || o.type === 'research-cooperation');
  const [ranked] = rankOrganisations(
    [{ id: reg.id, title: wanted.map((o) => o.title).join('; ') || reg.profile, description: textOf(reg) }],
    indexOrganisations(
      others.map((r) => ({ id: r.id, name: r.organisationName, description: textOf(r) })),
      matchingBridge(),
    ),
    { top: 5, readerLanguage: lang },
  );
  const byId = new Map(others.map((r) => [r.id, r]));
  return {
    items: (ranked?.matches ?? [])
      .filter((m) => m.score > 0)
      .map((m) => ({
        registrationId: m.id,
        delegateName: byId.get(m.id)!.delegateName,
        organisationName: byId.get(m.id)!.organisationName,
        score: m.score,
        explanation: m.explanation.text,
      })),
  };
}
