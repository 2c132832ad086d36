import { dashboardTemplateCopied, dashboardTemplateList, templateCopy, templateKeyParams } from '@tessera/schemas/report-template';
import { accessOf } from '../../../access/scoped/access-of.ts';
import { ForbiddenError, NotFoundError } from '../../../http/core-errors.ts';
import { createDashboard } from '../../../reports/create-dashboard.ts';
import { createReport } from '../../../reports/create-report.ts';
import { availableDashboardTemplates } from '../../../reports/templates/available-templates.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const create = { access: { action: 'create', subject: 'Dashboard' } } as const;

/** 看板模板: dashboards the core and the company's modules ship, copied with their reports. */
export default defineRoutes(async (app) => {
  app.get('/', { schema: { tags, summary: 'Dashboard templates over datasets the reader may use', response: { 200: dashboardTemplateList } }, config: create }, async (req) => ({
    items: (await availableDashboardTemplates(req)).map(({ key, source, declaration }) => ({
      key,
      source,
      title: declaration.title[req.locale],
      description: declaration.description?.[req.locale] ?? '',
      widgetCount: declaration.widgets.length,
    })),
  }));

  app.post(
    '/:key/copy',
    {
      schema: {
        tags,
        summary: 'Copy a template into a dashboard of the company’s own, with a report of its own for each widget',
        params: templateKeyParams,
        body: templateCopy,
        response: { 201: dashboardTemplateCopied },
      },
      config: create,
    },
    async (req, reply) => {
      const template = (await availableDashboardTemplates(req)).find((entry) => entry.key === req.params.key);
      if (!template) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '看板模板' : 'dashboard template' });
      if (!accessOf(req).can('create', 'Report')) throw new ForbiddenError({ action: 'create', subject: 'Report' });
      const { declaration } = template;
      const detail = { template: template.key };
      const reportIds = new Map<string, string>();
      const reports = [];
      for (const widget of declaration.widgets) {
        if (reportIds.has(widget.report)) continue;
        const source = template.reports.get(widget.report);
        if (!source) continue;
        const { declaration: report } = source;
        const created = await createReport(
          req,
          { title: report.title[req.locale], description: report.description?.[req.locale] ?? '', dataset: source.dataset, query: report.query, chart: report.chart },
          { template: source.key },
        );
        reportIds.set(widget.report, created.id);
        reports.push(created);
      }
      const dashboard = await createDashboard(
        req,
        {
          title: req.body?.title ?? declaration.title[req.locale],
          description: declaration.description?.[req.locale] ?? '',
          widgets: declaration.widgets.map(({ report, ...place }) => ({ ...place, reportId: reportIds.get(report) ?? '' })),
          filters: (declaration.filters ?? []).map((filter) => ({ ...filter, title: filter.title[req.locale] })),
          refreshSeconds: declaration.refreshSeconds ?? 0,
          defaultForRoles: [],
        },
        detail,
      );
      reply.code(201);
      return { dashboard, reports };
    },
  );
});
