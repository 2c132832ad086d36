import { idParams } from '@tessera/schemas/common';
import { moduleOrderDetail, moduleOrderListQuery, moduleOrderPage } from '@tessera/schemas/market';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { listModuleOrders, moduleOrderLines } from '../../../marketplace/module-orders.ts';
import { readOrderDetail } from '../../../marketplace/order-detail.ts';
import { toOrderView } from '../../../marketplace/views/order-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const readModules = { access: { action: 'read', subject: 'Plugin' } } as const;

export default defineRoutes(async (app) => {
  app.get(
    '/orders',
    {
      schema: {
        tags: ['market'],
        summary: 'The company’s module orders, newest first',
        querystring: moduleOrderListQuery,
        response: { 200: moduleOrderPage },
      },
      config: readModules,
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { rows, total } = await listModuleOrders(req.em, { status: req.query.status, limit: page.limit, offset: page.offset });
      const lines = await moduleOrderLines(req.em, rows.map((order) => order.id));
      return pageResult(
        rows.map((order) => toOrderView(order, lines.get(order.id) ?? [], app.plugins, req.locale)),
        total,
        page,
      );
    },
  );

  app.get(
    '/orders/:id',
    {
      schema: {
        tags: ['market'],
        summary: 'One module order with its lines, its state changes and, while a transfer is awaited, how to pay',
        params: idParams,
        response: { 200: moduleOrderDetail },
      },
      config: readModules,
    },
    async (req) => readOrderDetail(req, req.params.id),
  );
});
