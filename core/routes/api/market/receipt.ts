import { idParams } from '@tessera/schemas/common';
import { moduleOrderReceipt } from '@tessera/schemas/market';
import { readOrderView } from '../../../marketplace/order-detail.ts';
import { receiptContentSecurityPolicy, renderReceipt } from '../../../marketplace/receipt-html.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/orders/:id/receipt',
    {
      schema: {
        tags: ['market'],
        summary: 'A module order’s printable receipt (HTML, in the reader’s language)',
        params: idParams,
        response: { 200: moduleOrderReceipt },
      },
      config: { access: { action: 'read', subject: 'Plugin' } },
    },
    async (req, reply) => {
      const { view } = await readOrderView(req, req.params.id);
      const company = await req.em.execute<{ name: string; time_zone: string }[]>('SELECT name, time_zone FROM tenants WHERE id = ?', [
        req.principal?.tenantId ?? '',
      ]);
      const html = renderReceipt({
        order: view,
        companyName: company[0]?.name ?? '',
        timeZone: company[0]?.time_zone ?? 'Asia/Shanghai',
        locale: req.locale,
      });
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', receiptContentSecurityPolicy)
        .header('cache-control', 'private, no-store')
        .send(html);
    },
  );
});
