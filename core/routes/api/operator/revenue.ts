import { operatorRevenueQuery, operatorRevenueView } from '@tessera/schemas/operator-market';
import { ValidationFailedError } from '../../../http/core-errors.ts';
import { translate } from '../../../i18n/translate.ts';
import { addMonths, monthOf, revenueByMonth } from '../../../operator/revenue-by-month.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const maxMonths = 120;

export default defineRoutes(async (app) => {
  app.get(
    '/revenue',
    {
      schema: {
        tags: ['operator'],
        summary: 'Paid module revenue by module and month (Asia/Shanghai months)',
        querystring: operatorRevenueQuery,
        response: { 200: operatorRevenueView },
      },
      config: { access: 'operator' },
    },
    async (req) => {
      const to = req.query.to ?? monthOf(app.clock.now());
      const from = req.query.from ?? addMonths(to, -11);
      if (from > to || addMonths(from, maxMonths - 1) < to) {
        const message = translate(req.locale, 'validation.month-range', { max: maxMonths });
        throw new ValidationFailedError({}, { fieldProblems: [{ pointer: '/query/from', code: 'month-range', message }] });
      }
      return app.ownerDb.readAcrossCompanies((client) => revenueByMonth(client, from, to));
    },
  );
});
