import { and, count, desc, eq, gt, ilike, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ApiToken, User, UserListQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { apiTokens, loginFailures, oneTimeTokens, outbox, sessions, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  const { passwordHash, ...rest } = row;
  return { ...rest, active: passwordHash !== null };
}

export async function findUserById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(db: DbOrTx, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function listUsers(db: DbOrTx, q: z.output<typeof UserListQuery>) {
  const where = and(q.q ? or(ilike(users.email, `%${q.q}%`), ilike(users.displayName, `%${q.q}%`)) : undefined, q.role ? eq(users.role, q.role) : undefined);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(q.order === 'desc' ? desc(users.email) : users.email)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { items: rows.map(toUser), total: total?.n ?? 0 };
}

// Sessions

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function findSession(db: DbOrTx, id: string) {
  const [row] = await db.select({ session: sessions, user: users }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, id));
  return row;
}

export async function touchSession(db: DbOrTx, id: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOf(db: DbOrTx, userId: string, except?: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), except ? sql`${sessions.id} <> ${except}` : undefined));
}

// API tokens

export function toApiToken(row: typeof apiTokens.$inferSelect): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function insertApiToken(db: DbOrTx, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export async function findApiToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function listApiTokens(db: DbOrTx, userId: string) {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

export async function revokeApiToken(db: DbOrTx, userId: string, id: string, at: Date) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function revokeApiTokensOf(db: DbOrTx, userId: string, at: Date) {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

export async function markApiTokenUsed(db: DbOrTx, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

// One-time tokens (invitations, password resets)

export async function insertOneTimeToken(db: DbOrTx, values: typeof oneTimeTokens.$inferInsert) {
  await db.insert(oneTimeTokens).values(values);
}

/** Marks a valid token used and returns it; undefined when unknown, used, expired or of another purpose. */
export async function consumeOneTimeToken(db: DbOrTx, tokenHash: string, purpose: 'invitation' | 'password-reset', at: Date) {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: at })
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, at)))
    .returning();
  return row;
}

/** Earlier links of the same purpose stop working when a new one is sent. */
export async function expireOneTimeTokensOf(db: DbOrTx, userId: string, purpose: 'invitation' | 'password-reset', at: Date) {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: at })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}

// Sign-in throttling (login-throttle.ts)

export async function findLoginFailures(db: DbOrTx, keys: string[]) {
  return db.select().from(loginFailures).where(inArray(loginFailures.key, keys));
}

/**
 * Adds one failure atomically (several instances may count at once) and returns the row; a count
 * whose last failure is older than `windowStart` starts afresh.
 */
export async function addLoginFailure(db: DbOrTx, key: string, at: Date, windowStart: Date) {
  const [row] = await db
    .insert(loginFailures)
    .values({ key, failures: 1, updatedAt: at })
    .onConflictDoUpdate({
      target: loginFailures.key,
      set: {
        failures: sql`case when ${loginFailures.updatedAt} < ${windowStart.toISOString()} then 1 else ${loginFailures.failures} + 1 end`,
        updatedAt: at,
      },
    })
    .returning();
  return row!;
}

export async function lockLogin(db: DbOrTx, key: string, until: Date) {
  await db.update(loginFailures).set({ lockedUntil: until }).where(eq(loginFailures.key, key));
}

export async function clearLoginFailures(db: DbOrTx, keys: string[]) {
  await db.delete(loginFailures).where(inArray(loginFailures.key, keys));
}

// Outbox

export async function insertOutbox(db: DbOrTx, values: typeof outbox.$inferInsert) {
  await db.insert(outbox).values(values);
}

export async function listOutbox(db: DbOrTx, q: { to?: string; page: number; pageSize: number }) {
  const where = q.to ? ilike(outbox.to, `%${q.to}%`) : undefined;
  const rows = await db
    .select()
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(outbox).where(where);
  return {
    items: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      attempts: r.attempts,
      lastError: r.lastError,
    })),
    total: total?.n ?? 0,
  };
}

/** Whether some unsent message may be attempted now (due, attempts left, not leased to a sender). */
export async function hasDueOutbox(db: DbOrTx, now: Date, maxAttempts: number): Promise<boolean> {
  const [due] = await db.select({ id: outbox.id }).from(outbox).where(dueOutbox(now, maxAttempts)).limit(1);
  return due !== undefined;
}

const dueOutbox = (now: Date, maxAttempts: number) =>
  and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now), lt(outbox.attempts, maxAttempts), or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)));

export type ClaimedMail = Pick<typeof outbox.$inferSelect, 'id' | 'to' | 'subject' | 'text' | 'sealedSecret' | 'attempts'>;

/**
 * Claims up to `limit` messages that are due: each gets a lease until `leaseUntil` and one more
 * attempt. Rows another instance is claiming right now are skipped (FOR UPDATE SKIP LOCKED), and
 * a leased row is not due until its lease runs out, so no two instances send the same message.
 */
export async function claimDueOutbox(db: DbOrTx, now: Date, leaseUntil: Date, maxAttempts: number, limit: number): Promise<ClaimedMail[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(dueOutbox(now, maxAttempts))
    .orderBy(outbox.nextAttemptAt, outbox.id)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({ claimedUntil: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, due))
    .returning({ id: outbox.id, to: outbox.to, subject: outbox.subject, text: outbox.text, sealedSecret: outbox.sealedSecret, attempts: outbox.attempts });
}

export async function markOutboxSent(db: DbOrTx, id: string, at: Date) {
  await db.update(outbox).set({ sentAt: at, claimedUntil: null, lastError: null, sealedSecret: null }).where(eq(outbox.id, id));
}

export async function markOutboxFailed(db: DbOrTx, id: string, error: string, nextAttemptAt: Date) {
  await db.update(outbox).set({ lastError: error, nextAttemptAt, claimedUntil: null }).where(eq(outbox.id, id));
}
