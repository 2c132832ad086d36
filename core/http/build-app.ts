import { customFieldOptionUsage } from '../forms/custom-fields/custom-field-option-usage.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autoload from '@fastify/autoload';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Clock as QueueClock } from 'pg-boss';
import { buildSubjectRegistry } from '../access/build-subject-registry.ts';
import type { AppConfig } from '../config/load-config.ts';
import type { Database } from '../db/database.ts';
import { OwnerDatabase } from '../db/owner-database.ts';
import { RateLimitedError } from './core-errors.ts';
import { securityHeaders } from './security-headers.ts';
import './fastify-types.ts';
import { startPrincipalChangeListener } from '../auth/principal-change-listener.ts';
import { TokenCache } from '../auth/token-cache.ts';
import { JobQueue } from '../jobs/job-queue.ts';
import { startMailDispatch } from '../mail/start-mail-dispatch.ts';
import { type Clock, systemClock } from '../marketplace/clock.ts';
import { startEntitlementExpiry } from '../marketplace/entitlement-expiry.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { startPluginJobs } from '../plugin-runtime/plugin-jobs.ts';
import { registerPluginErrorTexts } from '../plugin-runtime/plugin-errors-catalog.ts';
import { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';
import { defineReportExportJob } from '../reports/exports/report-export-job.ts';
import { defineReportScheduleJobs, startReportSchedules } from '../reports/schedules/define-report-schedule-jobs.ts';
import { OptionUsageRegistry } from '../taxonomy/option-usage.ts';
import { coreOptionUsageCounters } from '../taxonomy/option-usage-counters.ts';
import { registerResourceRoutes } from '../plugin-runtime/resources/resource-routes.ts';
import { registerHealthRoutes } from './health-routes.ts';
import { serializeRequest } from './log-redaction.ts';
import { registerOpenApi } from './openapi.ts';
import { registerErrorHandler, registerNotFoundHandler } from './problem-handler.ts';
import { type RouteEntry, requestPipeline } from './request-pipeline.ts';
import { adminUiDist, registerStaticUi } from './static-ui.ts';
import { registerValidator } from './validator.ts';

export interface BuildAppOptions {
  config: AppConfig;
  db: Database;
  /** Overrides the configured log level (tests run silent). */
  logLevel?: string;
  /** Where log lines go instead of stdout (tests that read the log). */
  logStream?: { write(line: string): void };
  /** Plugins to serve; their migrations must have run and their entities be in the ORM. */
  plugins?: readonly PluginDefinition[];
  /** The owner role's URL, for the mail sweep's one cross-company read; defaults to DATABASE_URL. */
  ownerUrl?: string;
  /** Run the plugins' jobs on their timers (the server does; tests run a job when they mean to). */
  runJobs?: boolean;
  /** The marketplace's time (trials, periods, grace); tests pass a ManualClock. */
  clock?: Clock;
  /** Work the job queue here (the server does when it runs jobs); tests may pass pg-boss's TestClock. */
  jobQueue?: { work: boolean; clock?: QueueClock };
}

const apiRoutesDir = fileURLToPath(new URL('../routes/api/', import.meta.url));

/** Builds the HTTP application; `npm start` and the tests both use it. */
export async function buildApp({
  config,
  db,
  logLevel,
  logStream,
  plugins = [],
  ownerUrl = config.databaseUrl,
  runJobs = false,
  clock = systemClock,
  jobQueue = { work: runJobs },
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: logLevel ?? config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      serializers: { req: serializeRequest },
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.bodyLimit,
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const routeTable: RouteEntry[] = [];
  app.decorate('db', db);
  app.decorate('appConfig', config);
  app.decorate('ownerUrl', ownerUrl);
  const ownerDb = new OwnerDatabase(ownerUrl);
  app.decorate('ownerDb', ownerDb);
  app.addHook('onClose', () => ownerDb.close());
  app.decorate('clock', clock);
  app.decorate('routeTable', routeTable);
  app.decorate('subjects', buildSubjectRegistry(plugins));
  app.decorate('plugins', new PluginRegistry(plugins));
  app.decorate('optionUsage', new OptionUsageRegistry([...coreOptionUsageCounters, customFieldOptionUsage(plugins)]));
  registerPluginErrorTexts(plugins);
  const tokenCache = new TokenCache();
  app.decorate('tokenCache', tokenCache);
  const listener = startPrincipalChangeListener(String(db.orm.config.get('clientUrl')), tokenCache, (message) =>
    app.log.warn(message),
  );
  app.addHook('onClose', () => listener.stop());
  const jobs = new JobQueue({ ownerUrl, ...jobQueue, onError: (err) => app.log.error({ err }, 'job queue error') });
  app.decorate('jobs', jobs);
  defineReportScheduleJobs(app);
  defineReportExportJob(app);
  app.addHook('onClose', () => jobs.stop());
  startMailDispatch(app, ownerUrl);
  if (runJobs && ownerUrl) {
    startPluginJobs(app, ownerUrl);
    startEntitlementExpiry(app, ownerUrl);
  }

  registerValidator(app);
  // before any route plugin: child contexts take the error handler that is set when they are created
  registerErrorHandler(app, config.bodyLimit);
  // While shutting down, answers close their keep-alive connection, so in-flight requests finish and
  // the server can close instead of waiting on sockets that clients keep open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', String(req.id));
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  await app.register(securityHeaders, { contentSecurityPolicy: false });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => new RateLimitedError({ retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(requestPipeline, { routeTable });
  await registerOpenApi(app);
  registerHealthRoutes(app);
  await app.register(autoload, { dir: apiRoutesDir, options: { prefix: '/api' }, dirNameRoutePrefix: true });
  for (const plugin of plugins) {
    const routes = plugin.routes;
    if (!routes && !plugin.resources?.length) continue;
    await app.register(
      async (scope) => {
        // every route of the plugin answers only for tenants that enabled it (request-pipeline.ts)
        scope.addHook('onRoute', (route) => {
          route.config = { ...route.config, plugin: plugin.name };
        });
        for (const resource of plugin.resources ?? []) await registerResourceRoutes(scope, plugin.name, resource);
        if (routes) await scope.register(routes);
      },
      { prefix: `/api/p/${plugin.name}` },
    );
  }

  const uiIndexHtml = (await registerStaticUi(app)) ? readFileSync(join(adminUiDist, 'index.html')) : undefined;
  registerNotFoundHandler(app, uiIndexHtml);
  await app.ready();
  if (jobs.works) {
    await jobs.start();
    await startReportSchedules(app);
  }
  return app;
}
