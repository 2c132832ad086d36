import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PluginEvent } from './plugin-definition.ts';
import { pluginOfRequest } from './plugin-of-request.ts';

const pending = new WeakMap<FastifyRequest, PluginEvent[]>();

/**
 * Records a domain event of the calling plugin. It is delivered to the subscribing plugins only if the
 * request commits, after it did (in-process; an outbox comes with the reliability work). The event must be
 * one the plugin declares in `events.emits`.
 */
export function emitEvent(req: FastifyRequest, name: string, payload: Record<string, unknown>): void {
  const plugin = pluginOfRequest(req);
  const principal = req.principal;
  if (!plugin || !principal) throw new TypeError('only a signed-in request to a plugin route can emit an event');
  if (!req.server.plugins.get(plugin)?.events?.emits?.includes(name)) {
    throw new TypeError(`${plugin} emits ${name}, which its manifest does not declare in events.emits`);
  }
  const event: PluginEvent = {
    name,
    plugin,
    tenantId: principal.tenantId,
    actorId: principal.userId,
    occurredAt: new Date(),
    payload: structuredClone(payload),
  };
  pending.set(req, [...(pending.get(req) ?? []), event]);
}

/** Forgets the request's events (it rolled back). */
export function dropEvents(req: FastifyRequest): void {
  pending.delete(req);
}

/**
 * Delivers the request's events, once it committed, to every subscribing plugin its tenant has enabled,
 * each handler in a transaction of its own bound to that tenant. A failing handler is logged and does not
 * undo the request or stop the other handlers.
 */
export async function deliverEvents(app: FastifyInstance, req: FastifyRequest): Promise<void> {
  const events = pending.get(req);
  pending.delete(req);
  if (!events || !req.principal) return;
  const enabled = req.principal.access.context.enabledPlugins;
  for (const event of events) {
    for (const subscriber of app.plugins.all()) {
      const handler = subscriber.events?.subscribe?.[event.name];
      if (!handler || !enabled.includes(subscriber.name)) continue;
      try {
        await app.db.transaction({ tenantId: event.tenantId, userId: event.actorId }, (em) =>
          handler(event, { em, tenantId: event.tenantId, userId: event.actorId }),
        );
      } catch (error) {
        req.log.error({ err: error, event: event.name, subscriber: subscriber.name }, 'event handler failed');
      }
    }
  }
}
