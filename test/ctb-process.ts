import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ctb = resolve('bin/ctb.mjs');

export type CtbResult = { code: number | null; stdout: string; stderr: string };

/** Runs `ctb …` to completion in its own process, as a user would. */
export function runCtb(args: string[], env: Record<string, string>, input?: string): Promise<CtbResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ctb, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

export type ServerProcess = { url: string; child: ChildProcess; stderr: () => string };

const NO_LOAD_SHEDDING = { PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0', PRESSURE_MAX_EVENT_LOOP_UTILIZATION: '0', PRESSURE_MAX_IN_FLIGHT: '0' };

/** Starts `ctb serve` on a free port and resolves once it listens. */
export function startCtbServer(env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ctb, 'serve'], {
      // Back-pressure by event-loop load off: a busy test machine would otherwise see 503s where
      // these tests count on answers (plugins/back-pressure has its own test).
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...NO_LOAD_SHEDDING, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
      const match = /running at (http:\/\/\S+)/.exec(stderr);
      if (match) done({ url: match[1]!, child, stderr: () => stderr });
    });
    child.on('exit', (code) => fail(new Error(`ctb serve exited with ${code}:\n${stderr}`)));
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((done) => child.once('exit', (code) => done(code)));
}

export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'ctb-test-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
