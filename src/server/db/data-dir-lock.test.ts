import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { exited, withTempDir } from '../../../test/ctb-process';
import { lockDataDir } from './data-dir-lock';
import { openDatabase } from './open-database';

const CONTENDERS = 8;

type Contender = { child: ChildProcessWithoutNullStreams; next(): Promise<string> };

function contend(dataDir: string): Contender {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/lock-contender.ts'), dataDir]);
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => (waiting.shift() ?? ((l: string) => queue.push(l)))(line));
  return { child, next: () => new Promise((done) => (queue.length ? done(queue.shift()!) : waiting.push(done))) };
}

/** Starts the contenders, lets them all try at once, and returns their answers; they keep what they got. */
async function race(dataDir: string): Promise<{ answers: string[]; contenders: Contender[] }> {
  const contenders = Array.from({ length: CONTENDERS }, () => contend(dataDir));
  for (const c of contenders) expect(await c.next()).toBe('ready');
  for (const c of contenders) c.child.stdin.write('go\n');
  return { answers: await Promise.all(contenders.map((c) => c.next())), contenders };
}

async function end(contenders: Contender[], how: 'release' | 'die') {
  for (const c of contenders) {
    if (how === 'die') c.child.kill('SIGKILL');
    else c.child.stdin.end();
    await exited(c.child);
  }
}

describe('the data-directory lock', () => {
  it('has exactly one holder among processes racing for it, and again among processes racing for its stale lock', { timeout: 120_000 }, async () => {
    await withTempDir(async (dataDir) => {
      const first = await race(dataDir);
      expect(first.answers.filter((a) => a === 'held')).toHaveLength(1);
      const holder = first.contenders[first.answers.indexOf('held')]!.child.pid;
      expect(first.answers.filter((a) => a !== 'held')).toEqual(Array(CONTENDERS - 1).fill(`busy ${holder}`));
      // The holder dies without releasing: its lock is stale and one new process takes it over.
      await end(first.contenders, 'die');
      const second = await race(dataDir);
      await end(second.contenders, 'release');
      expect(second.answers.filter((a) => a === 'held')).toHaveLength(1);
      expect(readdirSync(dataDir)).toEqual(['ctb.lock']); // no temporary or claim files left behind
    });
  });

  it('is created owner-only with the PID already in it, and released by its holder', async () => {
    await withTempDir(async (dataDir) => {
      const lock = lockDataDir(join(dataDir, 'data'));
      expect(statSync(lock.path).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
      lock.release();
      expect(readdirSync(join(dataDir, 'data'))).toEqual([]);
    });
  });
});

describe('the embedded database directory', () => {
  it('is owner-only (0700, files 0600), and a directory made world-readable is tightened at start', { timeout: 120_000 }, async () => {
    await withTempDir(async (parent) => {
      const dataDir = join(parent, 'data');
      const first = await openDatabase({ dataDir });
      await first.pglite!.exec("create table notes (body text); insert into notes values ('secret')");
      await first.close();
      expect(looserThanOwner(dataDir)).toEqual([]);
      // As an older version left it: 755 and 644.
      chmodAll(dataDir, 0o755, 0o644);
      writeFileSync(join(dataDir, 'left-over.txt'), 'x', { mode: 0o644 });
      expect(looserThanOwner(dataDir).length).toBeGreaterThan(3);
      const second = await openDatabase({ dataDir });
      // Tightened at start: the directory and what was there before.
      for (const path of [dataDir, join(dataDir, 'left-over.txt'), join(dataDir, 'pgdata', 'PG_VERSION')]) {
        expect(statSync(path).mode & 0o077, path).toBe(0);
      }
      await second.pglite!.exec("insert into notes values ('more')");
      await second.close();
      expect(looserThanOwner(dataDir)).toEqual([]);
    });
  });
});

/** Paths under `dir` (itself included) that others may read, write or enter. */
function looserThanOwner(dir: string): string[] {
  const loose = (statSync(dir).mode & 0o077) !== 0 ? [dir] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) loose.push(...looserThanOwner(path));
    else if ((statSync(path).mode & 0o077) !== 0) loose.push(path);
  }
  return loose;
}

function chmodAll(dir: string, dirMode: number, fileMode: number) {
  chmodSync(dir, dirMode);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chmodAll(path, dirMode, fileMode);
    else chmodSync(path, fileMode);
  }
}
