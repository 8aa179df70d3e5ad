import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

// Start-up stops on a bad environment variable with a message naming it (fastify/demo's env test).
const validKey = Buffer.alloc(32, 1).toString('base64');

describe('configuration', () => {
  it('starts from an empty environment with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: undefined, logLevel: 'info', seedDemo: true, trustProxy: false });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.mail.linkKey).toBeUndefined();
  });

  it('reads valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://ctb@db/ctb',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      PUBLIC_URL: 'https://bridge.example.org/',
      MAIL_LINK_KEY: validKey,
      SEED_DEMO: 'false',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://ctb@db/ctb',
      trustProxy: ['loopback', '10.0.0.0/8'],
      publicUrl: 'https://bridge.example.org',
      seedDemo: false,
    });
    expect(config.mail.linkKey).toEqual(Buffer.alloc(32, 1));
  });

  const badValues: [variable: string, value: string, why: RegExp][] = [
    ['PORT', 'eighty', /number/i],
    ['PORT', '70000', /65535|65,535|too big|less than/i],
    ['HOST', '', /./],
    ['DATABASE_URL', 'mysql://db/ctb', /must start with postgres:\/\//],
    ['DATABASE_POOL_MAX', '0', /./],
    ['DATABASE_POOL_WAIT_MS', '10', /./],
    ['PRESSURE_MAX_EVENT_LOOP_UTILIZATION', '1.5', /./],
    ['PRESSURE_MAX_IN_FLIGHT', '-1', /./],
    ['LOG_LEVEL', 'loud', /./],
    ['SEED_DEMO', 'yes', /./],
    ['PUBLIC_URL', 'bridge.example.org', /url/i],
    ['TRUST_PROXY', 'true', /no longer accepted/],
    ['TRUST_PROXY', '10.0.0.0/99', /not an address, CIDR or proxy name: 10\.0\.0\.0\/99/],
    ['METRICS_TOKEN', 'short', /at least 16 characters/],
    ['SESSION_IDLE_MINUTES', '0', /./],
    ['LOGIN_MAX_FAILURES', 'many', /number/i],
    ['SMTP_URL', 'http://mail.example.org', /must start with smtp:\/\//],
    ['MAIL_FROM', 'x', /./],
    ['MAIL_LINK_KEY', Buffer.alloc(16).toString('base64'), /32 bytes in base64/],
    ['EVENT_VIDEO_URL_TEMPLATE', 'https://meet.example.org/room', /containing \{meeting\}/],
    ['IATI_REPORTING_ORG_REF', 'NL KVK 1', /IATI organisation identifier/],
    ['IATI_REPORTING_ORG_TYPE', '99', /OrganisationType code/],
  ];
  it.each(badValues)('refuses %s=%j with a ConfigError naming the variable', (variable, value, why) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const line = (error as Error).message.split('\n').find((l) => l.trim().startsWith(`${variable}:`));
    expect(line, (error as Error).message).toBeDefined();
    expect(line).toMatch(why);
  });

  it('names every bad variable at once, so one restart fixes them all', () => {
    expect(() => loadConfig({ PORT: 'x', SMTP_URL: 'ftp://m', LOG_LEVEL: 'loud' })).toThrow(/PORT:[\s\S]*LOG_LEVEL:[\s\S]*SMTP_URL:/);
  });
});
