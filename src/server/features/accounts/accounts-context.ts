import type { AuthSettings } from '../../config';
import type { Db } from '../../db/open-database';
import { newLinkKey } from './link-seal';

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
