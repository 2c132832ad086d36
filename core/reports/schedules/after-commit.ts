import type { FastifyInstance, FastifyRequest } from 'fastify';

const pending = new WeakMap<FastifyRequest, (() => Promise<void>)[]>();

/** Work to do once the request's transaction has committed, e.g. telling the job queue about a change. */
export function afterCommit(req: FastifyRequest, work: () => Promise<void>): void {
  const list = pending.get(req) ?? [];
  list.push(work);
  pending.set(req, list);
}

/**
 * Runs a request's after-commit work in `scope`'s routes. The request pipeline's own `onSend` hook (on
 * the root, so before this one) commits the transaction; a failed request rolled back and runs nothing.
 * The work finishes before the answer goes out, so a client that is told "saved" sees the effect. Work
 * that fails is logged, not answered: the change itself is saved.
 */
export function runAfterCommit(scope: FastifyInstance): void {
  scope.addHook('onSend', async (req, reply, payload) => {
    const work = pending.get(req);
    pending.delete(req);
    if (!work || reply.statusCode >= 400) return payload;
    for (const step of work) {
      try {
        await step();
      } catch (error) {
        req.log.error({ err: error }, 'work after commit failed');
      }
    }
    return payload;
  });
}
