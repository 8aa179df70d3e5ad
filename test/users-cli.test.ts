import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCtb, withTempDir } from './ctb-process';
import { testDatabaseKind } from './test-db';

describe.skipIf(testDatabaseKind === 'postgres')('ctb users', () => {
  it('creates the first admin from stdin, prints a one-time link without a password, lists and disables', { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false', PUBLIC_URL: 'https://bridge.example.org' };
      const admin = await runCtb(['users', 'create', '--email', 'Boss@Example.org', '--role', 'admin', '--password-stdin'], env, 'a long admin password\n');
      expect(admin.code, admin.stderr).toBe(0);
      expect(admin.stderr).toContain('created admin boss@example.org');
      expect(admin.stdout).toBe('');

      const short = await runCtb(['users', 'create', '--email', 'x@example.org', '--role', 'admin', '--password-stdin'], env, 'short');
      expect(short.code).toBe(1);
      expect(short.stderr).toContain('password: use at least 10 characters');

      const dup = await runCtb(['users', 'create', '--email', 'boss@example.org', '--role', 'admin', '--password-stdin'], env, 'another long password');
      expect(dup.code).toBe(1);
      expect(dup.stderr).toContain('An account for boss@example.org already exists');

      const invited = await runCtb(['users', 'create', '--email', 'pm@example.org', '--role', 'programme-manager'], env);
      expect(invited.code, invited.stderr).toBe(0);
      expect(invited.stdout).toMatch(/^https:\/\/bridge\.example\.org\/accept-invitation\?token=[\w-]{40,}\n$/);

      const member = await runCtb(['users', 'create', '--email', 'm@example.org', '--role', 'member'], env);
      expect(member.code).toBe(1);
      expect(member.stderr).toContain('organisationId: a member belongs to an organisation');

      expect((await runCtb(['users', 'disable', 'pm@example.org'], env)).code).toBe(0);
      const list = await runCtb(['users', 'list'], env);
      expect(list.stdout).toContain('boss@example.org\tadmin');
      expect(list.stdout).toMatch(/pm@example\.org\tprogramme-manager\t\tdisabled,invited/);
    });
  });
});
