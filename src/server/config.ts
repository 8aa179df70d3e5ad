import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { z } from 'zod';
import { ORGANISATION_TYPE } from '../core/iati/codelists';
import type { ReportingOrg } from '../core/projects/model';
import type { PoolSettings } from './db/open-database';
import type { PressureSettings } from './plugins/back-pressure';

/**
 * The only module that reads process.env. Parsed once at start-up; a bad value stops the
 * process with a message naming the variable, before anything is opened.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** PostgreSQL connections per process… */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  /** …and how long a query may wait for one before it fails with 503. */
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(100).default(5000),
  /** Back-pressure (503 + Retry-After) beyond these; 0 turns a check off. Mean event-loop delay in ms… */
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(200),
  /** …event-loop utilisation (0–1)… */
  PRESSURE_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0.98),
  /** …V8 heap in use, in MB (default: 90 % of Node's heap limit)… */
  PRESSURE_MAX_HEAP_MB: z.coerce.number().int().min(0).optional(),
  /** …queries waiting for a PostgreSQL connection… */
  PRESSURE_MAX_DATABASE_WAITING: z.coerce.number().int().min(0).default(50),
  /** …requests served at once by this process… */
  PRESSURE_MAX_IN_FLIGHT: z.coerce.number().int().min(0).default(100),
  /** …and the Retry-After of the 503, in seconds. */
  PRESSURE_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).default(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  WEB_DIST: z.string().optional(),
  /** The address users reach the web app at; used in links of invitation and reset e-mails. */
  PUBLIC_URL: z.url().optional(),
  /**
   * Behind a reverse proxy: which peers may set X-Forwarded-Proto/-For (Secure cookies, client
   * address): `false`, a hop count, or a comma-separated list of addresses, CIDRs and the names
   * `loopback`, `linklocal`, `uniquelocal` (Fastify's trustProxy / proxy-addr).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => parseTrustProxy(value, ctx)),
  /** Bearer token of the monitoring system that scrapes /metrics (loopback scrapes need none). */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(8 * 60),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).default(30),
  /** After this many wrong passwords in a row (one account, one address) sign-in is refused… */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  /** …for this many seconds (also the window and block of the per-address limit). */
  LOGIN_LOCKOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /** Wrong passwords from one address, for any accounts, within LOGIN_LOCKOUT_SECONDS before that address is blocked. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  /** Wrong passwords for one account, from anywhere, before each further attempt waits (1 s doubling)… */
  LOGIN_BACKOFF_AFTER: z.coerce.number().int().min(1).default(5),
  /** …at most this many seconds. */
  LOGIN_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).default(120),
  /** smtp://user:pass@host:port; without it, e-mail stays in the outbox table (admin UI). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Cleantech Bridge <no-reply@localhost>'),
  /** Seals the secrets of links waiting in the outbox: 32 bytes in base64 (`openssl rand -base64 32`). */
  MAIL_LINK_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  /** The publisher named in IATI files of our own projects: an IATI organisation identifier… */
  EVENT_VIDEO_URL_TEMPLATE: z
    .string()
    .regex(/^https?:\/\/\S*\{meeting\}\S*$/, 'must be an http(s) address containing {meeting} (and optionally {event})')
    .optional(),
  IATI_REPORTING_ORG_REF: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'must be an IATI organisation identifier such as NL-KVK-27378529')
    .optional(),
  /** …its name (in English)… */
  IATI_REPORTING_ORG_NAME: z.string().min(1).optional(),
  /** …and its IATI OrganisationType code (10 government, 80 academic, 90 other…). */
  IATI_REPORTING_ORG_TYPE: z
    .string()
    .refine((code) => code in ORGANISATION_TYPE, `must be an IATI OrganisationType code: ${Object.keys(ORGANISATION_TYPE).join(', ')}`)
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  pool: Omit<PoolSettings, 'onConnectionError'>;
  pressure: PressureSettings;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  seedDemo: boolean;
  webDist: string;
  publicUrl: string;
  trustProxy: TrustProxy;
  metricsToken: string | undefined;
  auth: AuthSettings;
  /** linkKey: the same on every instance that delivers mail; a key of the process when unset. */
  mail: { smtpUrl: string | undefined; from: string; linkKey: Buffer | undefined };
  /** Reporting organisation of exported IATI files. */
  iatiReportingOrg: ReportingOrg;
  /** Address of a meeting's video call, with {event} and {meeting} placeholders; none: no links. */
  eventVideoUrlTemplate: string | undefined;
};

/** Session lifetimes and sign-in throttling; buildApp takes them (tests shorten the windows). */
export type AuthSettings = {
  sessionIdleMs: number;
  sessionMaxMs: number;
  loginMaxFailures: number;
  loginLockoutMs: number;
  loginMaxFailuresPerAddress: number;
  loginBackoffAfter: number;
  loginBackoffMaxMs: number;
};

/** Fastify's trustProxy, restricted to what names the proxies: no `true` (that trusts anyone). */
export type TrustProxy = false | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `true` used to trust every X-Forwarded-For, so anyone could choose their own address; it is
 * refused with the way out rather than guessed at (a proxy on this host: `loopback`).
 */
function parseTrustProxy(value: string, ctx: z.RefinementCtx): TrustProxy {
  const v = value.trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') {
    ctx.addIssue({
      code: 'custom',
      message:
        'true is no longer accepted (it let any client choose its own address); name the proxies: e.g. loopback (a proxy on this host), 10.0.0.0/8, or a hop count',
    });
    return z.NEVER;
  }
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !PROXY_NAMES.has(e) && !isAddressOrCidr(e));
  if (bad.length > 0) {
    ctx.addIssue({ code: 'custom', message: `not an address, CIDR or proxy name: ${bad.join(', ')}` });
    return z.NEVER;
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

export const defaultAuthSettings: AuthSettings = {
  sessionIdleMs: 8 * 60 * 60_000,
  sessionMaxMs: 30 * 24 * 60 * 60_000,
  loginMaxFailures: 20,
  loginLockoutMs: 15 * 60_000,
  loginMaxFailuresPerAddress: 100,
  loginBackoffAfter: 5,
  loginBackoffMaxMs: 120_000,
};

/** XE-EXAMPLE is IATI's reserved example prefix: set IATI_REPORTING_ORG_REF to publish for real. */
export const defaultIatiReportingOrg: ReportingOrg = {
  ref: 'XE-EXAMPLE-CTB',
  type: '90',
  name: { original: 'en', en: 'Cleantech Bridge', nl: 'Cleantech Bridge', zh: '清洁技术桥梁' },
};

function iatiReportingOrg(ref: string | undefined, name: string | undefined, type: string | undefined): ReportingOrg {
  return {
    ref: ref ?? defaultIatiReportingOrg.ref,
    type: type ?? defaultIatiReportingOrg.type,
    // An operator names the organisation in one language; the default keeps its translations.
    name: name ? { original: 'en', en: name } : defaultIatiReportingOrg.name,
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    pool: { max: e.DATABASE_POOL_MAX, connectionTimeoutMs: e.DATABASE_POOL_WAIT_MS, idleTimeoutMs: 30_000 },
    pressure: {
      maxEventLoopDelayMs: e.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: e.PRESSURE_MAX_EVENT_LOOP_UTILIZATION,
      maxHeapUsedBytes: (e.PRESSURE_MAX_HEAP_MB ?? Math.floor((getHeapStatistics().heap_size_limit * 0.9) / 2 ** 20)) * 2 ** 20,
      maxDatabaseWaiting: e.PRESSURE_MAX_DATABASE_WAITING,
      maxInFlight: e.PRESSURE_MAX_IN_FLIGHT,
      sampleIntervalMs: 250,
      retryAfterSeconds: e.PRESSURE_RETRY_AFTER_SECONDS,
    },
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    webDist: resolve(e.WEB_DIST ?? 'dist/web'),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN || undefined,
    auth: {
      sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
      sessionMaxMs: e.SESSION_MAX_DAYS * 24 * 60 * 60_000,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginLockoutMs: e.LOGIN_LOCKOUT_SECONDS * 1000,
      loginMaxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      loginBackoffAfter: e.LOGIN_BACKOFF_AFTER,
      loginBackoffMaxMs: e.LOGIN_BACKOFF_MAX_SECONDS * 1000,
    },
    mail: { smtpUrl: e.SMTP_URL || undefined, from: e.MAIL_FROM, linkKey: e.MAIL_LINK_KEY ? Buffer.from(e.MAIL_LINK_KEY, 'base64') : undefined },
    iatiReportingOrg: iatiReportingOrg(e.IATI_REPORTING_ORG_REF, e.IATI_REPORTING_ORG_NAME, e.IATI_REPORTING_ORG_TYPE),
    eventVideoUrlTemplate: e.EVENT_VIDEO_URL_TEMPLATE,
  };
}
