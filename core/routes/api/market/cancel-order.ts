import { idParams } from '@tessera/schemas/common';
import { moduleOrderDetail } from '@tessera/schemas/market';
import { audit } from '../../../audit/write-audit.ts';
import { translate } from '../../../i18n/translate.ts';
import { cancelModuleOrder } from '../../../marketplace/module-orders.ts';
import { readOrderDetail, readOrderView } from '../../../marketplace/order-detail.ts';
import { ModuleOrderNotPendingError } from '../../../marketplace/order-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/orders/:id/cancel',
    {
      schema: {
        tags: ['market'],
        summary: 'Cancel a pending module order (a paid or cancelled one cannot be)',
        params: idParams,
        response: { 200: moduleOrderDetail },
      },
      config: { access: { action: 'update', subject: 'Plugin' } },
    },
    async (req) => {
      const { order } = await readOrderView(req, req.params.id);
      const tenantId = req.principal?.tenantId ?? '';
      if (!(await cancelModuleOrder(req.em, { tenantId, orderId: order.id }, `user:${req.principal?.userId}`, app.clock.now()))) {
        const current = (await readOrderView(req, order.id)).order;
        throw new ModuleOrderNotPendingError({ number: order.number, status: translate(req.locale, `market.purchase.status.${current.status}`) });
      }
      await audit(req, { action: 'market.order.cancel', subject: 'Plugin', recordId: order.id, detail: { number: order.number } });
      return readOrderDetail(req, order.id);
    },
  );
});
