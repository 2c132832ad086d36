import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { createTransport } from 'nodemailer';
import { dueMailTenants } from './due-mail-tenants.ts';
import { MailDispatcher } from './mail-dispatcher.ts';

/** How often the outbox is swept for retries and for mail another process left behind. */
const sweepIntervalMs = 60_000;
/** Companies woken per sweep; the rest are seen on the next one. */
const tenantsPerSweep = 100;

/** The running dispatcher of each ORM, so code that holds only an entity manager can queue mail. */
const dispatchers = new WeakMap<object, MailDispatcher>();

/** The dispatcher serving `em`'s database, or none when this server sends no e-mail (no SMTP_URL). */
export function mailDispatcherFor(em: EntityManager): MailDispatcher | undefined {
  return dispatchers.get(em.config);
}

/**
 * Starts sending notification e-mail when the configuration has SMTP settings, and stops when the app
 * closes. `ownerUrl` lets the sweep find companies with mail due (see due-mail-tenants.ts); without it
 * mail still goes out after each commit, with no sweep for retries.
 */
export function startMailDispatch(app: FastifyInstance, ownerUrl: string | undefined): void {
  const mail = app.appConfig.mail;
  if (!mail) return;
  const transport = createTransport({
    url: mail.smtpUrl,
    pool: true,
    maxConnections: 2,
    // short enough that a dead server fails an attempt quickly, well inside the outbox's claim lease
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const dispatcher = new MailDispatcher({
    db: app.db,
    transport,
    from: mail.from,
    registries: { subjects: app.subjects, plugins: app.plugins },
    dueTenants: ownerUrl ? () => dueMailTenants(app.ownerDb, tenantsPerSweep) : async () => [],
    log: app.log,
  });
  const orm = app.db.orm;
  orm.em.getEventManager().registerSubscriber(dispatcher.transactionSubscriber);
  dispatchers.set(orm.config, dispatcher);
  dispatcher.startSweeping(sweepIntervalMs);
  app.addHook('onClose', async () => {
    dispatchers.delete(orm.config);
    await dispatcher.stop();
  });
}
