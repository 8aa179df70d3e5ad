import { createHash, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own and two processes on one data directory corrupt it silently
 * (measured). So one process owns a directory through the file `ctb.lock`, holding its PID.
 *
 * Taking the lock is one atomic step with the PID already in the file: the content is written to
 * a private temporary file, which is then hard-linked to `ctb.lock` (link fails if the name
 * exists). A lock whose process is dead is removed by whoever first claims it, under a name
 * derived from its content: two processes that both found it stale cannot both remove it, nor can
 * a slow one remove a fresh lock taken in the meantime (issue 12: the lock could be held twice).
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Cleantech Bridge process (PID ${holderPid}). ` +
        'Stop that process first, or point DATA_DIR elsewhere.',
    );
  }
}

type LockInfo = { pid: number; host: string; since: string; nonce: string };

export type DataDirLock = { path: string; release(): void };

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, 'ctb.lock');
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), nonce: randomUUID() } satisfies LockInfo);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createWith(path, mine)) return { path, release: () => releaseIfOurs(path, mine) };
    const seen = readText(path);
    if (seen === undefined) continue; // released meanwhile: try again
    const holder = parse(seen);
    if (holder && holder.host === hostname() && isAlive(holder.pid)) throw new DataDirInUseError(dataDir, holder.pid);
    // A dead process's lock, another host's, or an unreadable one from an older version.
    removeStale(path, seen);
  }
  throw new Error(`Could not take the lock ${path}; other processes keep taking it. Remove ${path}.claim-* files left by a crash, if any.`);
}

/** Creates `path` holding `content`, atomically; false when it exists. */
function createWith(path: string, content: string): boolean {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(temp, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Removes the lock at `path` only if it still holds `stale`. The claim (a hard link named after
 * that content) can be made once: a second claimant gets EEXIST. A claimant that linked a newer
 * lock instead (the stale one was removed in between) sees other content and leaves it alone.
 */
function removeStale(path: string, stale: string): void {
  const claim = `${path}.claim-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
  try {
    linkSync(path, claim);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') return;
    throw error;
  }
  try {
    if (readText(claim) === stale) rmSync(path, { force: true });
  } finally {
    rmSync(claim, { force: true });
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parse(text: string): LockInfo | undefined {
  try {
    return JSON.parse(text) as LockInfo;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(path: string, mine: string): void {
  if (readText(path) === mine) rmSync(path, { force: true });
}
