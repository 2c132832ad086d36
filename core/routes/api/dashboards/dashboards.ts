import { idParams } from '@tessera/schemas/common';
import { dashboardCreate, dashboardListQuery, dashboardPage, dashboardRun, dashboardRunBody, dashboardUpdate, dashboardView } from '@tessera/schemas/dashboard';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { assertDashboardFits } from '../../../reports/dashboard-checks.ts';
import { auditedDashboardFields, createDashboard } from '../../../reports/create-dashboard.ts';
import { deleteDashboard, findDashboard, homeDashboard, listDashboards, updateDashboard } from '../../../reports/dashboard-store.ts';
import { runDashboard } from '../../../reports/run-dashboard.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const noun = (locale: string) => (locale === 'zh-CN' ? '数据看板' : 'dashboard');
const read = { access: { action: 'read', subject: 'Dashboard' } } as const;

/** 数据看板: grids of saved reports with shared filters, run with the reader's access. */
export default defineRoutes(async (app) => {
  app.get('/', { schema: { tags, summary: 'Dashboards', querystring: dashboardListQuery, response: { 200: dashboardPage } }, config: read }, async (req) => {
    const page = pageArgs(req.query);
    const { rows, total } = await listDashboards(req.em, { ...req.query, ...page });
    return pageResult(rows, total, page);
  });

  app.get(
    '/home',
    { schema: { tags, summary: 'The dashboard the reader’s roles open first (404 when none)', response: { 200: dashboardView } }, config: read },
    async (req) => {
      const dashboard = await homeDashboard(req.em, req.principal?.roles ?? []);
      if (!dashboard) throw new NotFoundError({ resource: noun(req.locale) });
      return dashboard;
    },
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Create a dashboard', body: dashboardCreate, response: { 201: dashboardView } }, config: { access: { action: 'create', subject: 'Dashboard' } } },
    async (req, reply) => {
      const values = {
        title: req.body.title,
        description: req.body.description ?? '',
        widgets: req.body.widgets ?? [],
        filters: req.body.filters ?? [],
        refreshSeconds: req.body.refreshSeconds ?? 0,
        defaultForRoles: req.body.defaultForRoles ?? [],
      };
      const dashboard = await createDashboard(req, values);
      reply.code(201);
      return dashboard;
    },
  );

  app.get('/:id', { schema: { tags, summary: 'One dashboard', params: idParams, response: { 200: dashboardView } }, config: read }, async (req) => {
    const dashboard = await findDashboard(req.em, req.params.id);
    if (!dashboard) throw new NotFoundError({ resource: noun(req.locale) });
    return dashboard;
  });

  app.patch(
    '/:id',
    {
      schema: { tags, summary: 'Change a dashboard (layout, widgets, shared filters, refresh, home roles)', params: idParams, body: dashboardUpdate, response: { 200: dashboardView } },
      config: { access: { action: 'update', subject: 'Dashboard' } },
    },
    async (req) => {
      const before = await findDashboard(req.em, req.params.id);
      if (!before) throw new NotFoundError({ resource: noun(req.locale) });
      const values = { ...before, ...req.body };
      await assertDashboardFits(req, values);
      await updateDashboard(req.em, before.id, values);
      await audit(req, { action: 'dashboard.update', subject: 'Dashboard', recordId: before.id, changes: changedFields(before, values, auditedDashboardFields) });
      return findDashboard(req.em, before.id);
    },
  );

  app.delete(
    '/:id',
    { schema: { tags, summary: 'Delete a dashboard', params: idParams }, config: { access: { action: 'delete', subject: 'Dashboard' } } },
    async (req, reply) => {
      const dashboard = await findDashboard(req.em, req.params.id);
      if (!dashboard) throw new NotFoundError({ resource: noun(req.locale) });
      await deleteDashboard(req.em, dashboard.id);
      await audit(req, { action: 'dashboard.delete', subject: 'Dashboard', recordId: dashboard.id, changes: changedFields(dashboard, null, auditedDashboardFields) });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/:id/run',
    {
      schema: { tags, summary: 'Run every widget with the shared filters’ values', params: idParams, body: dashboardRunBody, response: { 200: dashboardRun } },
      config: read,
    },
    async (req) => {
      const dashboard = await findDashboard(req.em, req.params.id);
      if (!dashboard) throw new NotFoundError({ resource: noun(req.locale) });
      return runDashboard(req, dashboard, req.body?.filters ?? {});
    },
  );
});
