import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';

const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);

/** Waiting and running jobs per family ('match', 'import') and how long the oldest has waited. */
export async function jobQueue(db: DbOrTx): Promise<{ family: string; waiting: number; running: number; oldestWaitingSeconds: number }[]> {
  const rows = rowsOf<{ family: string; waiting: unknown; running: unknown; oldest: unknown }>(
    await db.execute(sql`select split_part(kind, '-', 1) as family,
        count(*) filter (where state = 'pending') as waiting,
        count(*) filter (where state = 'running') as running,
        coalesce(extract(epoch from now() - min(created_at) filter (where state = 'pending')), 0) as oldest
      from jobs where state in ('pending', 'running') group by 1`),
  );
  return rows.map((r) => ({ family: r.family, waiting: Number(r.waiting), running: Number(r.running), oldestWaitingSeconds: Number(r.oldest) }));
}

/** E-mail not yet sent (waiting for SMTP, retrying, or kept because no SMTP server is configured). */
export async function outboxWaiting(db: DbOrTx): Promise<number> {
  const [row] = rowsOf<{ waiting: unknown }>(await db.execute(sql`select count(*) as waiting from outbox where sent_at is null`));
  return Number(row?.waiting ?? 0);
}
