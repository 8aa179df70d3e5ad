import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx; the deployment test and the load benchmark need it. */
export const NGINX = '/usr/sbin/nginx';
export const nginxInstalled = () => existsSync(NGINX);

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const TEMP_KINDS = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];

/**
 * nginx as deployed (docs/operations.md): the shipped deploy/nginx/cleantech-bridge-proxy.conf
 * inside a server on a free loopback port, its upstream the given instances (host:port). Only the
 * TLS and the file locations of the shipped site differ.
 */
function configuration(dir: string, port: number, instances: string[]): string {
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
${TEMP_KINDS.map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`).join('\n')}
  upstream cleantech_bridge {
    least_conn;
${instances.map((address) => `    server ${address} max_fails=1 fail_timeout=30s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    include ${resolve('deploy/nginx/cleantech-bridge-proxy.conf')};
  }
}
`;
}

export type RunningNginx = { url: string; stop(): Promise<void> };

/** Starts nginx in the foreground with a generated configuration; resolves once it answers. */
export async function startNginx(instances: string[]): Promise<RunningNginx> {
  const dir = await mkdtemp(join(tmpdir(), 'ctb-nginx-'));
  for (const kind of TEMP_KINDS) await mkdir(join(dir, kind));
  const port = await freePort();
  await writeFile(join(dir, 'nginx.conf'), configuration(dir, port, instances));
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await gone;
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      (await fetch(`${url}/api/health`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return { url, stop };
    await new Promise((wait) => setTimeout(wait, 200));
  }
  await stop();
  throw new Error(`nginx on ${url} never answered`);
}
