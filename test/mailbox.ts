import { desc, eq } from 'drizzle-orm';
import type { Db } from '../src/server/db/open-database';
import { outbox } from '../src/server/db/schema';
import { restoreSecret, unsealSecret } from '../src/server/features/accounts/link-seal';
import { TEST_MAIL_LINK_KEY } from './test-app';

/**
 * The latest mail to `to` as the recipient receives it: the outbox keeps link secrets sealed
 * (link-seal.ts), and tests hold the test apps' key, as the delivery does. Waits a little for
 * mail written in the background (reset requests).
 */
export async function receivedMail(db: Db, to: string, { atLeast = 1 } = {}): Promise<{ subject: string; text: string }> {
  for (let attempt = 0; ; attempt++) {
    const rows = await db.select().from(outbox).where(eq(outbox.to, to.toLowerCase())).orderBy(desc(outbox.createdAt));
    const row = rows.length >= atLeast ? rows[0] : undefined;
    if (row)
      return { subject: row.subject, text: row.sealedSecret ? restoreSecret(row.text, unsealSecret(TEST_MAIL_LINK_KEY, row.sealedSecret, row.id)) : row.text };
    if (attempt > 100) throw new Error(`no mail to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The link in the latest mail to `to`. */
export async function receivedLink(db: Db, to: string, options: { atLeast?: number } = {}): Promise<URL> {
  const { text } = await receivedMail(db, to, options);
  return new URL(/https?:\/\/\S+token=\S+/.exec(text)![0]);
}
