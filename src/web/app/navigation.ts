import type { Capability } from '../../shared/api/index';

/** An entry of the main navigation; `needs` hides it from who lacks that capability. */
export type NavEntry = { to: string; key: string; end?: boolean; needs?: Capability };

/** Daily work first; administration last, in its own group. */
export const mainNavigation: readonly NavEntry[] = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/opportunities', key: 'nav.opportunities' },
  { to: '/organisations', key: 'nav.organisations' },
  { to: '/matches', key: 'nav.matches', needs: 'matches:read' },
  { to: '/follow-ups', key: 'nav.followUps', needs: 'follow-ups:read' },
  { to: '/projects', key: 'nav.projects' },
  { to: '/events', key: 'nav.events' },
  { to: '/regions', key: 'nav.regions' },
];

export const adminNavigation: readonly NavEntry[] = [
  { to: '/imports', key: 'nav.imports', needs: 'imports:run' },
  { to: '/thesaurus', key: 'nav.thesaurus', needs: 'thesaurus:edit' },
  { to: '/admin/users', key: 'nav.users', needs: 'users:admin' },
  { to: '/admin/outbox', key: 'nav.outbox', needs: 'users:admin' },
  { to: '/admin/audit', key: 'nav.audit', needs: 'audit:read' },
];

/** The entries a reader with these capabilities may use. */
export function visibleEntries(entries: readonly NavEntry[], capabilities: readonly Capability[]): NavEntry[] {
  return entries.filter((entry) => !entry.needs || capabilities.includes(entry.needs));
}
