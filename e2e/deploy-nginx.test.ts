import { connectAdmin } from '../test/global-setup';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, runCtb, type ServerProcess, startCtbServer } from '../test/ctb-process';
import { nginxInstalled, type RunningNginx, startNginx } from '../test/nginx';
import { launchBrowser, openPage } from './browser';

/**
 * The shipped deployment (docs/operations.md): PostgreSQL, two `ctb serve` instances and Debian's
 * nginx in front of them with deploy/nginx/cleantech-bridge-proxy.conf as shipped. A browser goes
 * through nginx only; one instance is killed mid-journey and the journey completes on the other.
 * Skipped without nginx or a PostgreSQL server (.ci/run installs and starts both).
 */
const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `ctb_deploy_${process.pid}`;
const withDatabase = (name: string) => Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();

async function postgresAnswers(): Promise<boolean> {
  try {
    const client = await connectAdmin(baseUrl);
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const available = nginxInstalled() && (await postgresAnswers());

const manager = { email: 'deploy.manager@example.org', password: 'deploy manager password' };

describe.skipIf(!available)('two instances on PostgreSQL behind nginx', () => {
  const instances: ServerProcess[] = [];
  let nginx: RunningNginx | undefined;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const admin = await connectAdmin(baseUrl);
    await admin.query(`create database ${database}`);
    await admin.end();
    // As in deploy/systemd/env.example: loopback only, trusting nginx on 127.0.0.1.
    const env = { DATABASE_URL: withDatabase(database), TRUST_PROXY: '127.0.0.1', SEED_DEMO: 'true' };
    // The first instance migrates and seeds; the second finds the database ready.
    instances.push(await startCtbServer(env));
    instances.push(await startCtbServer(env));
    const created = await runCtb(
      ['users', 'create', '--email', manager.email, '--role', 'programme-manager', '--password-stdin'],
      env,
      `${manager.password}\n`,
    );
    if (created.code !== 0) throw new Error(created.stderr);

    nginx = await startNginx(instances.map((i) => new URL(i.url).host.replace('localhost', '127.0.0.1')));
    url = nginx.url;
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    for (const instance of instances) {
      instance.child.kill('SIGTERM');
      await exited(instance.child);
    }
    const admin = await connectAdmin(baseUrl);
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }, 60_000);

  it('a programme manager signs in, edits an organisation and schedules an event while one instance dies', async () => {
    const { context, page } = await openPage(browser);
    const api = async (method: string, path: string, data?: unknown) => {
      const me = await (await page.request.get(`${url}/api/auth/me`)).json();
      const res = await page.request.fetch(`${url}/api${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
      if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
      return res.json();
    };

    // The web app's files come through nginx compressed and cacheable.
    const index = await page.request.get(`${url}/`, { headers: { 'accept-encoding': 'br' } });
    expect(index.headers()['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())![1]!;
    const asset = await fetch(`${url}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/metrics`)).status).toBe(404);

    await page.goto(`${url}/sign-in`);
    await page.getByLabel('E-mail address').fill(manager.email);
    await page.locator('#sign-in-password').fill(manager.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /account menu/ }).waitFor();

    await api('POST', '/organisations', { id: 'deploy-a', name: 'Deploy Alpha BV', type: 'company', country: 'NL' });
    await api('POST', '/organisations', { id: 'deploy-b', name: '部署测试公司', type: 'company', country: 'CN' });
    await page.goto(`${url}/organisations/deploy-a`);
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByLabel('Website').fill('https://alpha.example');

    // Mid-journey: one instance dies without warning; nginx sends everything to the other.
    instances[0]!.child.kill('SIGKILL');
    await exited(instances[0]!.child);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'https://alpha.example' }).waitFor();

    await api('POST', '/events', {
      id: 'deploy-match',
      title: 'Deployment matchmaking',
      languages: ['en'],
      tables: 2,
      slots: [{ id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' }],
    });
    const a = await api('POST', '/events/deploy-match/registrations', {
      organisationId: 'deploy-a',
      delegateName: 'Anna',
      delegateEmail: 'anna@alpha.example',
      languages: ['en'],
    });
    const b = await api('POST', '/events/deploy-match/registrations', {
      organisationId: 'deploy-b',
      delegateName: 'Bo',
      delegateEmail: 'bo@b.example',
      languages: ['en'],
    });
    const request = await api('POST', '/events/deploy-match/requests', { from: a.id, to: [b.id], message: 'Meet?', priority: 'must-meet' });
    await api('POST', `/events/deploy-match/requests/${request.id}/response`, { registrationId: b.id, answer: 'accept' });

    await page.goto(`${url}/events/deploy-match`);
    await page.getByRole('button', { name: 'Schedule meetings' }).click();
    await page.getByRole('status').filter({ hasText: '1 of at most 1 possible meetings scheduled' }).waitFor();

    const survivor = await (await fetch(`${instances[1]!.url}/api/ready`)).json();
    expect(survivor.ready).toBe(true);
    await context.close();
  });
});
