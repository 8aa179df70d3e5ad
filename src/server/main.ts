import pino from 'pino';
import { buildApp } from './app';
import type { Config } from './config';
import { type Database, openDatabase } from './db/open-database';
import { maintainEmbeddedDatabase } from './db/embedded-maintenance';
import { seedDemoOnce } from './db/seed/seed-demo';
import { seedShowcaseOnce } from './db/seed/seed-showcase';
import { smtpTransport } from './features/accounts/smtp';

export type RunningServer = { url: string; database: Database; stop(): Promise<void> };

/**
 * config → open database → migrate → seed demo data once → vacuum and analyse (PGlite) → build app → listen.
 * stop() finishes in-flight requests, then checkpoints and closes the database.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, pool: { ...config.pool, onConnectionError: (err) => logger.warn({ err }, 'database connection lost') } }
      : { dataDir: config.dataDir },
  );
  try {
    logger.info({ database: database.kind, location: database.location }, 'database opened');
    await database.migrate();
    if (config.seedDemo) {
      const seeded = await seedDemoOnce(database.db);
      logger.info({ seeded }, seeded === 'seeded' ? 'demo data loaded' : 'demo data already present or not wanted');
      // Fictional organisations and a demo event, so a first start shows matches, a pipeline and an event.
      const showcase = await seedShowcaseOnce(database.db);
      if (showcase === 'seeded') logger.info('demo organisations and event loaded');
    }
    await maintainEmbeddedDatabase(database);
    const app = await buildApp({
      db: database.db,
      logger,
      webDist: config.webDist,
      auth: config.auth,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      metricsToken: config.metricsToken,
      poolStats: database.poolStats,
      // Without SMTP_URL, e-mail stays in the outbox, where admins read it (links redacted) in the app.
      mail: { from: config.mail.from, transport: config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : undefined },
      mailLinkKey: config.mail.linkKey,
      iatiReportingOrg: config.iatiReportingOrg,
      pressure: config.pressure,
      databaseWaiting: database.waitingForConnection,
      eventVideoUrlTemplate: config.eventVideoUrlTemplate,
      // Matching and imports run in the background; every instance polls the jobs table.
      jobs: { pollMs: 1000 },
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let stopping: Promise<void> | undefined;
    return {
      url: `http://localhost:${port}`,
      database,
      stop: () =>
        (stopping ??= (async () => {
          await app.close();
          await database.close();
          logger.info('stopped cleanly');
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
