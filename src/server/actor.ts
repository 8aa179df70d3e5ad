import type { Role } from '../shared/api/accounts';

/**
 * Who is calling a service. Routes build it from the session or API token; the CLI and the
 * demo seed pass a system actor. Services receive it as a plain parameter (no global state)
 * and record it in the audit trail of every write.
 */
export type UserActor = {
  kind: 'user';
  id: string;
  email: string;
  role: Role;
  organisationId: string | null;
  regionId: string | null;
  /** How the caller proved who they are. */
  via: 'session' | 'token';
};
export type SystemActor = { kind: 'system'; label: string };
export type Actor = UserActor | SystemActor;
/** A reader: a user, the system, or null for a visitor who is not signed in. */
export type Viewer = Actor | null;

export const systemActor = (label: string): SystemActor => ({ kind: 'system', label });

/** Programme managers and admins (and the command line) may change all programme data. */
export function managesProgramme(viewer: Viewer): boolean {
  if (!viewer) return false;
  return viewer.kind === 'system' || viewer.role === 'programme-manager' || viewer.role === 'admin';
}

export function isAdmin(viewer: Viewer): boolean {
  return !!viewer && (viewer.kind === 'system' || viewer.role === 'admin');
}

/** Confidential fields (budgets, notes) are for programme managers and admins only. */
export const seesConfidential = managesProgramme;

/** Records marked 'members' are for signed-in users; visitors see 'public' ones only. */
export const seesMembersOnly = (viewer: Viewer) => viewer !== null;

export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.email : `system:${actor.label}`;
}
