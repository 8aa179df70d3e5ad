// Pairs the scheduler must never put in one meeting: a "no thanks" (a declined request) is
// remembered for the whole event, and — when the organiser asks for it — organisations that
// already met at an earlier event of the same project are not brought together again.
import type { RequestRow } from './events.repository';

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The requester and each invitee who declined, from every request of the event. */
export function declinedPairs(requests: readonly Pick<RequestRow, 'requesterId' | 'invitees'>[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const r of requests) {
    for (const i of r.invitees) if (i.response === 'declined') pairs.set(key(r.requesterId, i.registrationId), [r.requesterId, i.registrationId]);
  }
  return [...pairs.values()];
}

/**
 * Pairs of participants of the given meetings whose organisations met before (`metOrganisations`:
 * pairs of organisation ids from earlier events). Colleagues of one organisation are never excluded.
 */
export function pairsThatMetBefore(
  meetings: readonly (readonly string[])[],
  organisationOf: ReadonlyMap<string, string>,
  metOrganisations: readonly [string, string][],
): [string, string][] {
  const met = new Set(metOrganisations.map(([a, b]) => key(a, b)));
  const pairs = new Map<string, [string, string]>();
  if (met.size === 0) return [];
  for (const people of meetings) {
    people.forEach((a, i) => {
      for (const b of people.slice(i + 1)) {
        const [x, y] = [organisationOf.get(a), organisationOf.get(b)];
        if (x && y && x !== y && met.has(key(x, y))) pairs.set(key(a, b), [a, b]);
      }
    });
  }
  return [...pairs.values()];
}
