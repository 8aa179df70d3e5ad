// Queries of follow-up tasks and their daily digest.
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { digestDeliveries, followUpSettings, followUpTasks, outbox, users } from '../../db/schema';
import { type Reach, reachable } from './follow-up.repository';

export type TaskRow = typeof followUpTasks.$inferSelect & { assigneeName: string };

const taskColumns = { t: followUpTasks, assigneeName: users.displayName };
const toTask = (r: { t: typeof followUpTasks.$inferSelect; assigneeName: string }): TaskRow => ({ ...r.t, assigneeName: r.assigneeName });

export async function insertTask(db: DbOrTx, row: typeof followUpTasks.$inferInsert) {
  await db.insert(followUpTasks).values(row);
}

export async function findTask(db: DbOrTx, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select(taskColumns).from(followUpTasks).innerJoin(users, eq(users.id, followUpTasks.assigneeId)).where(eq(followUpTasks.id, id));
  return row && toTask(row);
}

export async function updateTask(db: DbOrTx, id: string, values: Partial<typeof followUpTasks.$inferInsert>) {
  await db
    .update(followUpTasks)
    .set({ ...values, updatedAt: sql`now()` as unknown as string })
    .where(eq(followUpTasks.id, id));
}

/** Open overdue tasks first, then by due date. */
export async function listTasks(
  db: DbOrTx,
  reach: Reach,
  f: { assigneeId?: string; status?: string[]; sourceKind?: string; sourceId?: string; today: string },
): Promise<TaskRow[]> {
  const rows = await db
    .select(taskColumns)
    .from(followUpTasks)
    .innerJoin(users, eq(users.id, followUpTasks.assigneeId))
    .where(
      and(
        reachable(reach, {
          organisationId: followUpTasks.organisationId,
          regionId: followUpTasks.regionId,
          people: [followUpTasks.assigneeId, followUpTasks.createdById],
        }),
        f.assigneeId ? eq(followUpTasks.assigneeId, f.assigneeId) : undefined,
        f.status?.length ? inArray(followUpTasks.status, f.status as TaskRow['status'][]) : undefined,
        f.sourceKind ? eq(followUpTasks.sourceKind, f.sourceKind as TaskRow['sourceKind']) : undefined,
        f.sourceId ? eq(followUpTasks.sourceId, f.sourceId) : undefined,
      ),
    )
    .orderBy(sql`(${followUpTasks.status} = 'open' and ${followUpTasks.dueOn} < ${f.today}) desc`, asc(followUpTasks.dueOn), asc(followUpTasks.createdAt))
    .limit(500);
  return rows.map(toTask);
}

/** Open tasks due on or before `day`, of every user who wants the digest, grouped by the caller. */
export async function dueTasksForDigest(db: DbOrTx, day: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      language: users.language,
      displayName: users.displayName,
      id: followUpTasks.id,
      title: followUpTasks.title,
      dueOn: followUpTasks.dueOn,
    })
    .from(followUpTasks)
    .innerJoin(users, eq(users.id, followUpTasks.assigneeId))
    .leftJoin(followUpSettings, eq(followUpSettings.userId, users.id))
    .where(
      and(
        eq(followUpTasks.status, 'open'),
        lte(followUpTasks.dueOn, day),
        eq(users.disabled, false),
        or(isNull(followUpSettings.userId), eq(followUpSettings.dailyDigest, true)),
      ),
    )
    .orderBy(asc(users.id), asc(followUpTasks.dueOn));
}

/** Claims the user's digest of `day`: true for the one caller (of any instance) that may send it. */
export async function claimDigest(db: DbOrTx, userId: string, day: string, tasks: number): Promise<boolean> {
  const rows = await db.insert(digestDeliveries).values({ userId, day, tasks }).onConflictDoNothing().returning({ userId: digestDeliveries.userId });
  return rows.length === 1;
}

export async function insertMail(db: DbOrTx, mail: { id: string; to: string; subject: string; text: string }) {
  await db.insert(outbox).values(mail);
}

export async function openTasksOf(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(followUpTasks)
    .where(and(eq(followUpTasks.assigneeId, userId), eq(followUpTasks.status, 'open')))
    .orderBy(asc(followUpTasks.dueOn));
}
