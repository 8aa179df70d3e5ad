import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config';
import { exited, runCtb, startCtbServer, withTempDir } from './ctb-process';
import { testDatabaseKind } from './test-db';

const answers = (url: string) =>
  fetch(`${url}/api/health`).then(
    () => true,
    () => false,
  );

describe.skipIf(testDatabaseKind === 'postgres')('the server as a service', () => {
  it('`ctb serve` (the systemd command) stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const server = await startCtbServer({ DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false', LOG_LEVEL: 'info' });
      expect(await answers(server.url)).toBe(true);
      server.child.kill('SIGTERM');
      expect(await exited(server.child)).toBe(0);
      expect(server.stderr()).toContain('SIGTERM received');
      expect(await answers(server.url)).toBe(false);
    });
  });

  it('`npm start` passes SIGTERM on to the server, which stops', { timeout: 180_000 }, async () => {
    await withTempDir(async (dir) => {
      const npm = spawn('npm', ['start', '--silent'], {
        env: { ...process.env, DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      const url = await new Promise<string>((done, fail) => {
        npm.stderr.on('data', (d) => {
          stderr += d;
          const match = /running at (http:\/\/\S+)/.exec(stderr);
          if (match) done(match[1]!);
        });
        npm.on('exit', (code) => fail(new Error(`npm start exited with ${code}:\n${stderr}`)));
      });
      expect(await answers(url)).toBe(true);
      npm.kill('SIGTERM');
      await exited(npm);
      // The server itself, not only npm, has gone: the port no longer answers.
      await expect.poll(() => answers(url), { timeout: 30_000 }).toBe(false);
      expect(stderr).toContain('SIGTERM received');
    });
  });

  it('database commands refuse a data directory without a database, naming it, and create none', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const missing = join(dir, 'typo');
      for (const args of [
        ['export', '--format', 'json'],
        ['backup', join(dir, 'backup')],
      ]) {
        const result = await runCtb(args, { DATA_DIR: missing });
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stderr, args.join(' ')).toContain(`no database in ${missing} (DATA_DIR)`);
      }
      expect(existsSync(missing)).toBe(false);
      const migrated = await runCtb(['migrate'], { DATA_DIR: missing });
      expect(migrated.code, migrated.stderr).toBe(0);
      expect((await runCtb(['users', 'list'], { DATA_DIR: missing })).code).toBe(0);
    });
  });
});

describe('configuration', () => {
  it('derives the default PUBLIC_URL from PORT', () => {
    expect(loadConfig({ PORT: '8081' }).publicUrl).toBe('http://localhost:8081');
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8081', PUBLIC_URL: 'https://bridge.example.org/' }).publicUrl).toBe('https://bridge.example.org');
  });
});
