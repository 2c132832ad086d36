import type { FastifyInstance } from 'fastify';
import { DatabaseUnavailableError } from './core-errors.ts';

const statusView = {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: { status: { type: 'string' } },
} as const;

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers too). */
export function registerHealthRoutes(app: FastifyInstance): void {
  app.get(
    '/healthz',
    { schema: { hide: true, response: { 200: statusView } }, config: { access: 'public' } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: statusView } }, config: { access: 'public' } },
    async () => {
      if (!(await app.db.isReachable())) throw new DatabaseUnavailableError({});
      return { status: 'ready' };
    },
  );
}
