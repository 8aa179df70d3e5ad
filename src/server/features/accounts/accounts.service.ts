import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  AcceptInvitation,
  ApiTokenInput,
  Language,
  LoginInput,
  SignedInUser,
  MeUpdate,
  OutboxQuery,
  PasswordChange,
  PasswordReset,
  Role,
  User,
  UserInvite,
  UserListQuery,
  UserUpdate,
} from '../../../shared/api';
import { type Actor, type UserActor, isAdmin, systemActor } from '../../actor';
import type { AuthSettings } from '../../config';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { DomainError, conflict, forbidden, invalid, notFound, unauthenticated } from '../../errors';
import { ErrorCode, IssueCode } from '../../../shared/api';
import type { Authenticated } from '../../plugins/access';
import { recordAudit } from '../audit/audit.service';
import { organisationExists } from '../organisations/organisations.service';
import { findRegion } from '../regions/regions.service';
import * as repo from './accounts.repository';
import { newLinkKey } from './link-seal';
import { enqueueMail } from './mail';
import { invitationMail, passwordResetMail } from './mail-texts';
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from './login-throttle';
import { digest, hashPassword, newSecret, verifyPassword } from './secrets';

export { toUser } from './accounts.repository';
export type { MailTransport } from './mail';

/** What the account functions need besides the database; built once by the app. */
export type AccountsContext = {
  db: Db;
  settings: AuthSettings;
  /** Base address of the web app for links in e-mail, without a trailing slash. */
  publicUrl: string;
  /** Seals the secrets of links in the outbox (link-seal.ts); never stored in the database. */
  linkKey: Buffer;
  /** Runs work after the answer (errors are logged; the app waits for it when closing). */
  runInBackground: (task: () => Promise<void>) => void;
  now: () => Date;
};

/**
 * A context for callers outside the HTTP app (the command line, benchmarks, test set-up): no mail
 * delivery, background work started at once, and MAIL_LINK_KEY's key or a fresh one.
 */
export function offlineAccountsContext(db: Db, settings: AuthSettings, publicUrl: string, linkKey: Buffer = newLinkKey()): AccountsContext {
  return { db, settings, publicUrl, linkKey, runInBackground: (task) => void task(), now: () => new Date() };
}

const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
const RESET_TTL_MS = 60 * 60_000;
/** last_seen_at is written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

export const API_TOKEN_PREFIX = 'ctb_';

const toActor = (user: repo.UserRow, via: UserActor['via']): UserActor => ({
  kind: 'user',
  id: user.id,
  email: user.email,
  role: user.role,
  organisationId: user.organisationId,
  regionId: user.regionId,
  via,
});

// ---------------------------------------------------------------------------------------------
// Authentication

/** The caller of a request: a session cookie's token or an API token (Authorization: Bearer). */
export async function authenticate(
  ctx: AccountsContext,
  credentials: { sessionToken?: string; bearer?: string },
): Promise<Authenticated | null> {
  const now = ctx.now();
  if (credentials.bearer) {
    const found = await repo.findApiToken(ctx.db, digest(credentials.bearer));
    if (!found) return null;
    const { token, user } = found;
    if (token.revokedAt || token.expiresAt <= now || user.disabled || !user.passwordHash) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await repo.markApiTokenUsed(ctx.db, token.id, now);
    }
    return { actor: toActor(user, 'token'), tokenScope: token.scope };
  }
  if (credentials.sessionToken) {
    const id = digest(credentials.sessionToken);
    const found = await repo.findSession(ctx.db, id);
    if (!found) return null;
    const { session, user } = found;
    const idleEnd = session.lastSeenAt.getTime() + ctx.settings.sessionIdleMs;
    if (session.expiresAt <= now || idleEnd <= now.getTime() || user.disabled) {
      await repo.deleteSession(ctx.db, id);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(ctx.db, id, now);
    return { actor: toActor(user, 'session'), session: { id, csrfToken: session.csrfToken } };
  }
  return null;
}

export type SignedIn = { sessionToken: string; me: SignedInUser };

/** Signs in with e-mail address and password, throttled as login-throttle.ts describes. */
export async function login(
  ctx: AccountsContext,
  input: z.output<typeof LoginInput>,
  client: { ip: string; userAgent?: string },
): Promise<SignedIn> {
  const now = ctx.now();
  const keys = throttleKeys(input.email, client.ip);
  await checkThrottle(ctx.db, keys, now);
  const user = await repo.findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!ok || !user) {
    await recordFailure(ctx.db, ctx.settings, keys, now);
    throw new DomainError(ErrorCode.wrongCredentials, 401, 'Wrong e-mail address or password');
  }
  await recordSuccess(ctx.db, keys);
  if (user.disabled) throw new DomainError(ErrorCode.accountDisabled, 401, 'This account has been disabled; ask an administrator');
  return startSession(ctx, user, client.userAgent);
}

async function startSession(ctx: AccountsContext, user: repo.UserRow, userAgent?: string): Promise<SignedIn> {
  const now = ctx.now();
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  await repo.insertSession(ctx.db, {
    id: digest(sessionToken),
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.settings.sessionMaxMs),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { sessionToken, me: { user: repo.toUser(user), csrfToken } };
}

export async function logout(ctx: AccountsContext, sessionId: string | undefined): Promise<void> {
  if (sessionId) await repo.deleteSession(ctx.db, sessionId);
}

/** Signs out every browser and revokes every API token of the account (a stolen one dies too). */
export async function logoutEverywhere(ctx: AccountsContext, actor: UserActor): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSessionsOf(tx, actor.id);
    await repo.revokeApiTokensOf(tx, actor.id, ctx.now());
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.id, action: 'logout-everywhere' });
  });
}

export async function me(ctx: AccountsContext, auth: Authenticated): Promise<SignedInUser> {
  const user = await repo.findUserById(ctx.db, auth.actor.id);
  if (!user) throw unauthenticated();
  return { user: repo.toUser(user), csrfToken: auth.session?.csrfToken ?? null };
}

export async function updateMe(ctx: AccountsContext, actor: UserActor, input: z.output<typeof MeUpdate>): Promise<User> {
  return ctx.db.transaction(async (tx) => {
    const before = await mustFindUser(tx, actor.id);
    const after = (await repo.updateUser(tx, actor.id, input))!;
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.id, action: 'update', before: repo.toUser(before), after: repo.toUser(after) });
    return repo.toUser(after);
  });
}

/** Changes one's own password; every other session of the account is signed out and its API tokens revoked. */
export async function changePassword(
  ctx: AccountsContext,
  actor: UserActor,
  currentSessionId: string | undefined,
  input: z.output<typeof PasswordChange>,
): Promise<void> {
  const user = await mustFindUser(ctx.db, actor.id);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid([{ path: 'currentPassword', message: 'this is not your current password', code: IssueCode.wrongPassword }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, actor.id, { passwordHash });
    await repo.deleteSessionsOf(tx, actor.id, currentSessionId);
    await repo.revokeApiTokensOf(tx, actor.id, ctx.now());
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.id, action: 'change-password' });
  });
}

// ---------------------------------------------------------------------------------------------
// Invitations and password resets

/**
 * Whoever follows an invitation or reset link: the audit trail cannot know that it is the account's
 * owner (anyone holding the link can use it), so it names the link and the client's address.
 */
const linkHolder = (what: 'invitation' | 'password-reset', ip: string) => systemActor(`${what} link from ${ip}`);

/**
 * Accepts an invitation: sets the password, and signs the new user in. An invitation dies once its
 * account is active (a password set through another invitation, a reset or the command line):
 * a stale link must not take over an account in use.
 */
export async function acceptInvitation(
  ctx: AccountsContext,
  input: z.output<typeof AcceptInvitation>,
  client: { ip: string; userAgent?: string },
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.transaction(async (tx) => {
    const token = await repo.consumeOneTimeToken(tx, digest(input.token), 'invitation', ctx.now());
    if (!token) throw invalidLink('invitation');
    const before = await mustFindUser(tx, token.userId);
    if (before.passwordHash) throw invalidLink('invitation');
    if (before.disabled) throw forbidden(ErrorCode.accountDisabled, 'This account has been disabled; ask an administrator');
    const after = (await repo.updateUser(tx, before.id, {
      passwordHash,
      ...(input.displayName ? { displayName: input.displayName } : {}),
    }))!;
    await repo.expireOneTimeTokensOf(tx, after.id, 'invitation', ctx.now());
    await recordAudit(tx, linkHolder('invitation', client.ip), {
      entityType: 'user',
      entityId: after.id,
      action: 'accept-invitation',
      before: repo.toUser(before),
      after: repo.toUser(after),
    });
    return after;
  });
  return startSession(ctx, user, client.userAgent);
}

/**
 * Asks for a reset link. The request does the same whether or not the address has an account — it
 * hands the address to the background and returns — so neither its answer nor its time tells
 * (before, an unknown address answered in half the time). The background looks the address up and
 * writes the mail when an active account has it.
 */
export function requestPasswordReset(ctx: AccountsContext, email: string): void {
  ctx.runInBackground(() => sendPasswordReset(ctx, email));
}

async function sendPasswordReset(ctx: AccountsContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user || user.disabled) return;
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await repo.expireOneTimeTokensOf(tx, user.id, 'password-reset', now);
    const secret = await issueOneTimeToken(tx, user.id, 'password-reset', now, RESET_TTL_MS);
    await enqueueMail(tx, await passwordResetMail(user, resetLink(ctx, secret)), { secret, key: ctx.linkKey });
  });
}

const resetLink = (ctx: AccountsContext, secret: string) => `${ctx.publicUrl}/reset-password?token=${secret}`;

/**
 * Sets a new password from a reset link; every session of the account is signed out and every
 * API token revoked (whoever had the old password may have made one).
 */
export async function resetPassword(ctx: AccountsContext, input: z.output<typeof PasswordReset>, client: { ip: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const token = await repo.consumeOneTimeToken(tx, digest(input.token), 'password-reset', now);
    if (!token) throw invalidLink('password reset');
    const user = await mustFindUser(tx, token.userId);
    await repo.updateUser(tx, user.id, { passwordHash });
    await repo.deleteSessionsOf(tx, user.id);
    await repo.revokeApiTokensOf(tx, user.id, now);
    // A pending invitation must not outlive the password chosen here.
    await repo.expireOneTimeTokensOf(tx, user.id, 'invitation', now);
    await recordAudit(tx, linkHolder('password-reset', client.ip), { entityType: 'user', entityId: user.id, action: 'reset-password' });
  });
}

const invalidLink = (what: string) =>
  invalid([{ path: 'token', message: `this ${what} link is unknown, already used or expired; ask for a new one`, code: IssueCode.expiredLink }]);

// ---------------------------------------------------------------------------------------------
// User management (admins; the command line)

export async function listUsers(ctx: AccountsContext, q: z.output<typeof UserListQuery>) {
  const { items, total } = await repo.listUsers(ctx.db, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(ctx: AccountsContext, id: string): Promise<User> {
  return repo.toUser(await mustFindUser(ctx.db, id));
}

export type CreatedUser = { user: User; invitationLink: string | null };

/**
 * Creates an account. With a password it can sign in at once (the command line's first admin);
 * without one an invitation e-mail (outbox) carries a single-use link to choose a password.
 */
export async function createUser(
  ctx: AccountsContext,
  actor: Actor,
  input: z.output<typeof UserInvite>,
  { password }: { password?: string } = {},
): Promise<CreatedUser> {
  if (!isAdmin(actor)) throw forbidden(ErrorCode.adminsOnly, 'Only admins create accounts');
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    await checkAffiliation(tx, input.role, input.organisationId, input.regionId);
    if (await repo.findUserByEmail(tx, input.email)) throw conflict(ErrorCode.accountExists, `An account for ${input.email} already exists`, { email: input.email });
    const language = input.language ?? (await languageOf(tx, actor));
    let row: repo.UserRow;
    try {
      row = await repo.insertUser(tx, { id: randomUUID(), ...input, language, email: input.email.toLowerCase(), passwordHash });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.accountExists, `An account for ${input.email} already exists`, { email: input.email });
      throw error;
    }
    const user = repo.toUser(row);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'create', after: user });
    if (passwordHash) return { user, invitationLink: null };
    const secret = await issueOneTimeToken(tx, user.id, 'invitation', now, INVITATION_TTL_MS);
    const invitationLink = `${ctx.publicUrl}/accept-invitation?token=${secret}`;
    await enqueueMail(tx, await invitationMail(user, invitationLink), { secret, key: ctx.linkKey });
    return { user, invitationLink };
  });
  return result;
}

/** The inviting admin's own language (what an invitation defaults to); English for the command line. */
async function languageOf(tx: DbOrTx, actor: Actor): Promise<Language> {
  if (actor.kind !== 'user') return 'en';
  return (await repo.findUserById(tx, actor.id))?.language ?? 'en';
}

/** Changes role, affiliation or the disabled flag; disabling signs the account out everywhere. */
export async function updateUser(ctx: AccountsContext, actor: Actor, id: string, patch: z.output<typeof UserUpdate>): Promise<User> {
  if (!isAdmin(actor)) throw forbidden(ErrorCode.adminsOnly, 'Only admins change accounts');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await mustFindUser(tx, id);
    if (actor.kind === 'user' && actor.id === id && ((patch.role && patch.role !== before.role) || patch.disabled)) {
      throw forbidden(ErrorCode.ownAccountRole, 'You cannot change the role of, or disable, your own account; ask another admin');
    }
    const role = patch.role ?? before.role;
    const organisationId = patch.organisationId !== undefined ? patch.organisationId : before.organisationId;
    const regionId = patch.regionId !== undefined ? patch.regionId : before.regionId;
    await checkAffiliation(tx, role, organisationId, regionId);
    const after = (await repo.updateUser(tx, id, { ...patch, role, organisationId, regionId }))!;
    if (after.disabled && !before.disabled) {
      await repo.deleteSessionsOf(tx, id);
      await repo.revokeApiTokensOf(tx, id, now);
    }
    const action = after.disabled !== before.disabled ? (after.disabled ? 'disable' : 'enable') : 'update';
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action, before: repo.toUser(before), after: repo.toUser(after) });
    return repo.toUser(after);
  });
}

/** A member belongs to an organisation; a partner official to a region. */
/** Stores the hash of a new single-use token and returns the secret that goes into the link. */
async function issueOneTimeToken(
  tx: DbOrTx,
  userId: string,
  purpose: 'invitation' | 'password-reset',
  now: Date,
  ttlMs: number,
): Promise<string> {
  const secret = newSecret();
  await repo.insertOneTimeToken(tx, {
    tokenHash: digest(secret),
    purpose,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
  return secret;
}

async function checkAffiliation(tx: DbOrTx, role: Role, organisationId: string | null, regionId: string | null) {
  const issues: { path: string; message: string }[] = [];
  if (role === 'member' && !organisationId) issues.push({ path: 'organisationId', message: 'a member belongs to an organisation' });
  if (organisationId && !(await organisationExists(tx, organisationId))) {
    issues.push({ path: 'organisationId', message: `organisation "${organisationId}" does not exist` });
  }
  if (role === 'partner-official' && !regionId) issues.push({ path: 'regionId', message: 'a partner official belongs to a region' });
  if (regionId && !(await findRegion(tx, regionId))) issues.push({ path: 'regionId', message: `region "${regionId}" does not exist` });
  if (issues.length > 0) throw invalid(issues);
}

async function mustFindUser(db: DbOrTx, id: string) {
  const user = await repo.findUserById(db, id);
  if (!user) throw notFound('User', id);
  return user;
}

export async function findUserByEmail(ctx: AccountsContext, email: string) {
  const user = await repo.findUserByEmail(ctx.db, email);
  return user && repo.toUser(user);
}

// ---------------------------------------------------------------------------------------------
// Personal API tokens

export async function listApiTokens(ctx: AccountsContext, actor: UserActor) {
  return repo.listApiTokens(ctx.db, actor.id);
}

export async function createApiToken(ctx: AccountsContext, actor: UserActor, input: z.output<typeof ApiTokenInput>) {
  const now = ctx.now();
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertApiToken(tx, {
      id: randomUUID(),
      userId: actor.id,
      name: input.name,
      tokenHash: digest(token),
      scope: input.scope,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 24 * 60 * 60_000),
    });
    const created = repo.toApiToken(row);
    await recordAudit(tx, actor, { entityType: 'api-token', entityId: created.id, action: 'create', after: created });
    return { ...created, token };
  });
}

export async function revokeApiToken(ctx: AccountsContext, actor: UserActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.revokeApiToken(tx, actor.id, id, ctx.now()))) throw notFound('API token', id);
    await recordAudit(tx, actor, { entityType: 'api-token', entityId: id, action: 'revoke' });
  });
}

// ---------------------------------------------------------------------------------------------
// Outbox

export async function listOutbox(ctx: AccountsContext, q: z.output<typeof OutboxQuery>) {
  const { items, total } = await repo.listOutbox(ctx.db, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}
