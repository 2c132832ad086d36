import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { auditDenial } from '../audit/audit-denial.ts';
import { authenticate } from '../auth/authenticate.ts';
import { deliverEvents, dropEvents } from '../plugin-runtime/plugin-events.ts';
import { openPublicTenantRequest } from '../tenancy/open-public-tenant-request.ts';
import { pluginOfRequest } from '../plugin-runtime/plugin-of-request.ts';
import { localeFromAcceptLanguage } from '../i18n/translate.ts';
import { ForbiddenError, ModuleNotEnabledError } from './core-errors.ts';
import { EntitlementExpiredError } from '../marketplace/market-errors.ts';
import { authenticateOperator } from './operator-guard.ts';
import type { RouteAccess } from './fastify-types.ts';

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

export class RouteAccessMissingError extends Error {
  override name = 'RouteAccessMissingError';
}

/** Requests whose transaction is being committed or rolled back, and which of the two. */
const finishing = new WeakMap<FastifyRequest, { outcome: 'commit' | 'rollback'; done: Promise<void> }>();
/** Requests whose client hung up while their transaction was open: it was rolled back, never to commit. */
const abandoned = new WeakSet<FastifyRequest>();

/** The handler finished after its client hung up and its transaction was rolled back. */
export class ClientLeftError extends Error {
  override name = 'ClientLeftError';
}

/**
 * Commits or rolls back the request's transaction, if it still has one. A client that hangs up fires more
 * than one hook that rolls back (the connection's `close`, `onRequestAbort`, the handler's error path): a
 * call while another is under way shares it, or waits for it when it goes the other way. A handler that
 * finishes after its client hung up cannot commit: its work was rolled back and its events must not go out.
 */
function finishTransaction(req: FastifyRequest, outcome: 'commit' | 'rollback'): Promise<void> {
  const underWay = finishing.get(req);
  if (underWay?.outcome === outcome) return underWay.done;
  if (underWay) return underWay.done.catch(() => undefined).then(() => finishTransaction(req, outcome));
  if (outcome === 'commit' && abandoned.has(req)) return Promise.reject(new ClientLeftError('the client hung up'));
  const em = req.em as FastifyRequest['em'] | null;
  if (!em?.isInTransaction()) return Promise.resolve();
  const done = (outcome === 'commit' ? em.commit() : em.rollback()).finally(() => finishing.delete(req));
  finishing.set(req, { outcome, done });
  return done;
}

/** Rolls back the transaction of a request whose client hung up. */
function abandon(req: FastifyRequest): Promise<void> {
  if ((req.em as FastifyRequest['em'] | null)?.isInTransaction()) abandoned.add(req);
  return finishTransaction(req, 'rollback');
}

/**
 * Rolls the request's transaction back once its connection closes, if nothing finished it: a client that
 * hangs up while it is being authenticated is past `onRequestAbort` by the time the transaction opens,
 * and no later hook runs for it, so its pooled connection would never come back.
 */
function releaseWhenClosed(req: FastifyRequest, reply: FastifyReply): void {
  const release = () => {
    abandon(req).catch((error: unknown) => req.log.warn({ err: error }, 'rolling back a closed request failed'));
  };
  if (req.raw.socket?.destroyed === true) release();
  else reply.raw.once('close', release);
}

/**
 * The one path every private request takes: authenticate → bind the tenant and open the request
 * transaction → for a plugin's route, check the tenant enabled the plugin → check the route's declared
 * access → handler → commit (or roll back on any error).
 * Route code never sees an unbound connection and never sets the tenant itself.
 */
export const requestPipeline = fp(async (app: FastifyInstance, opts: { routeTable: RouteEntry[] }) => {
  const routeOptions: RouteOptions[] = [];
  app.decorateRequest('principal', null);
  app.decorateRequest('operator', null);
  app.decorateRequest('em', null as unknown as FastifyRequest['em']);
  app.decorateRequest('locale', 'zh-CN');

  app.addHook('onRoute', (route) => {
    routeOptions.push(route);
    const access = route.config?.access;
    if (!access || access === 'public' || access === 'operator') return;
    const handler = route.handler;
    route.handler = async function transactionalHandler(this: FastifyInstance, req, reply) {
      try {
        const result = await handler.call(this, req, reply);
        await finishTransaction(req, 'commit');
        await deliverEvents(app, req);
        return result;
      } catch (error) {
        dropEvents(req);
        await finishTransaction(req, 'rollback');
        await auditDenial(req, error);
        throw error;
      }
    };
  });

  // Checked once all plugins had their say, so a route cannot boot without declaring who may call it.
  app.addHook('onReady', async () => {
    for (const route of routeOptions) {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const access = route.config?.access;
      if (!access)
        throw new RouteAccessMissingError(`route ${methods.join(',')} ${route.url} declares no config.access`);
      for (const method of methods) opts.routeTable.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    req.locale = localeFromAcceptLanguage(req.headers['accept-language']);
    const access = req.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (access === 'operator') {
      req.operator = await authenticateOperator(req);
      return;
    }
    if (access === 'tenant-public') {
      const plugin = pluginOfRequest(req);
      if (!plugin) throw new RouteAccessMissingError(`${req.routeOptions.url}: only a plugin route can be tenant-public`);
      await openPublicTenantRequest(req, app.db, plugin);
      releaseWhenClosed(req, reply);
      return;
    }
    const principal = await authenticate(req, app.db, app.appConfig.sessionTtlHours);
    releaseWhenClosed(req, reply);
    req.principal = principal;
    req.locale = principal.locale;
    const plugin = pluginOfRequest(req);
    if (plugin && !principal.access.context.enabledPlugins.includes(plugin)) {
      await finishTransaction(req, 'rollback');
      throw new ModuleNotEnabledError({ plugin });
    }
    const readOnlyUntil = plugin ? principal.access.context.readOnlyPlugins[plugin] : undefined;
    if (plugin && readOnlyUntil && req.method !== 'GET' && req.method !== 'HEAD') {
      await finishTransaction(req, 'rollback');
      throw new EntitlementExpiredError({ plugin: app.plugins.get(plugin)?.title[req.locale] ?? plugin, until: readOnlyUntil.slice(0, 10) });
    }
    if (access !== 'authenticated' && !principal.access.can(access.action, access.subject)) {
      const error = new ForbiddenError({ action: access.action, subject: access.subject });
      await finishTransaction(req, 'rollback');
      await auditDenial(req, error);
      throw error;
    }
  });

  // A handler that sends its reply itself (`return reply.send(x)`) is answered before the wrapper above
  // commits: commit here, before a byte goes out, so a client never sees success for a write that is lost.
  app.addHook('onSend', async (req, reply, payload) => {
    await finishTransaction(req, reply.statusCode < 400 ? 'commit' : 'rollback');
    return payload;
  });
  // A request that failed before its handler ran (validation, access) still holds a transaction.
  app.addHook('onResponse', async (req) => finishTransaction(req, 'rollback'));
  app.addHook('onRequestAbort', async (req) => abandon(req));
});
