import {
  operatorOrderConfirm,
  operatorOrderDecision,
  operatorOrderListQuery,
  operatorOrderPage,
  operatorOrderParams,
  operatorOrderReject,
} from '@tessera/schemas/operator-market';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { listOrders } from '../../../operator/list-orders.ts';
import { confirmModuleOrder, rejectModuleOrder } from '../../../operator/order-decisions.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['operator'];
const operator = { access: 'operator' } as const;

export default defineRoutes(async (app) => {
  app.get(
    '/orders',
    {
      schema: { tags, summary: 'Module orders of every company (status=pending: payments to confirm)', querystring: operatorOrderListQuery, response: { 200: operatorOrderPage } },
      config: operator,
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { items, total } = await app.ownerDb.readAcrossCompanies((client) => listOrders(client, req.query, page));
      return pageResult(items, total, page);
    },
  );

  app.post(
    '/orders/:tenantId/:orderId/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a manual payment: the order is paid and the company gets its modules',
        params: operatorOrderParams,
        body: operatorOrderConfirm,
        response: { 200: operatorOrderDecision },
      },
      config: operator,
    },
    async (req) => confirmModuleOrder(req, req.params, req.body?.note ?? ''),
  );

  app.post(
    '/orders/:tenantId/:orderId/reject',
    {
      schema: {
        tags,
        summary: 'Reject a pending order (no payment arrived), with the reason',
        params: operatorOrderParams,
        body: operatorOrderReject,
        response: { 200: operatorOrderDecision },
      },
      config: operator,
    },
    async (req) => rejectModuleOrder(req, req.params, req.body.reason),
  );
});
