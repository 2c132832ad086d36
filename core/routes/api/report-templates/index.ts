import { reportTemplateCopied, reportTemplateList, templateCopy, templateKeyParams } from '@tessera/schemas/report-template';
import { NotFoundError } from '../../../http/core-errors.ts';
import { createReport } from '../../../reports/create-report.ts';
import { availableReportTemplates } from '../../../reports/templates/available-templates.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const create = { access: { action: 'create', subject: 'Report' } } as const;

/** 报表模板: reports the core and the company's modules ship, copied into reports of the company's own. */
export default defineRoutes(async (app) => {
  app.get('/', { schema: { tags, summary: 'Report templates over datasets the reader may use', response: { 200: reportTemplateList } }, config: create }, async (req) => ({
    items: (await availableReportTemplates(req)).map(({ key, source, dataset, datasetTitle, declaration }) => ({
      key,
      source,
      title: declaration.title[req.locale],
      description: declaration.description?.[req.locale] ?? '',
      dataset,
      datasetTitle,
      chart: declaration.chart,
    })),
  }));

  app.post(
    '/:key/copy',
    {
      schema: { tags, summary: 'Copy a template into a report of the company’s own', params: templateKeyParams, body: templateCopy, response: { 201: reportTemplateCopied } },
      config: create,
    },
    async (req, reply) => {
      const template = (await availableReportTemplates(req)).find((entry) => entry.key === req.params.key);
      if (!template) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '报表模板' : 'report template' });
      const { declaration } = template;
      const report = await createReport(
        req,
        {
          title: req.body?.title ?? declaration.title[req.locale],
          description: declaration.description?.[req.locale] ?? '',
          dataset: template.dataset,
          query: declaration.query,
          chart: declaration.chart,
        },
        { template: template.key },
      );
      reply.code(201);
      return report;
    },
  );
});
