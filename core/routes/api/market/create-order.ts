import { moduleOrderCreate, moduleOrderDetail } from '@tessera/schemas/market';
import { createModuleOrder } from '../../../marketplace/create-order.ts';
import { idempotencyKeyOf } from '../../../marketplace/order-idempotency.ts';
import { readOrderDetail } from '../../../marketplace/order-detail.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/orders',
    {
      schema: {
        tags: ['market'],
        summary: 'Buy a module (and the modules it requires that the company has not bought) on a plan',
        body: moduleOrderCreate,
        headers: { type: 'object', properties: { 'idempotency-key': { type: 'string', description: 'A retried request with the same key answers the order it made' } } },
        response: { 200: moduleOrderDetail, 201: moduleOrderDetail },
      },
      config: { access: { action: 'update', subject: 'Plugin' } },
    },
    async (req, reply) => {
      const { orderId, started, replayed } = await createModuleOrder(req, req.body, idempotencyKeyOf(req));
      reply.code(replayed ? 200 : 201);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return readOrderDetail(req, orderId, started);
    },
  );
});
