import type { FastifyRequest } from 'fastify';
import { accessOf } from '../access/scoped/access-of.ts';

/**
 * The signed-in user's own messages that their rules let them read: the message center is an inbox, so
 * even a `manage all` role sees only what was sent to the user, and a rule like «not the finance
 * category» narrows it further, in SQL.
 */
export function inboxWhere(req: FastifyRequest, extra: Record<string, unknown> = {}) {
  const scope = accessOf(req).rowCondition('read', 'Message');
  const own = { recipientId: req.principal?.userId ?? '', ...extra };
  return Object.keys(scope).length === 0 ? own : { $and: [scope, own] };
}
