import { idParams } from '@tessera/schemas/common';
import { reportCreate, reportListQuery, reportPage, reportRecords, reportRecordsOptions, reportRun, reportRunOptions, reportUpdate, reportView } from '@tessera/schemas/report';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { assertReportRuns } from '../../../reports/checked-report.ts';
import { auditedReportFields, createReport } from '../../../reports/create-report.ts';
import { deleteReport, findReport, listReports, updateReport } from '../../../reports/report-store.ts';
import { runSavedReport, savedReportRecords } from '../../../reports/run-saved-report.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const noun = (locale: string) => (locale === 'zh-CN' ? '报表' : 'report');

/** 报表: saved report definitions, run under the access of whoever runs them. */
export default defineRoutes(async (app) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Saved reports', querystring: reportListQuery, response: { 200: reportPage } }, config: { access: { action: 'read', subject: 'Report' } } },
    async (req) => {
      const page = pageArgs(req.query);
      const { rows, total } = await listReports(req.em, { ...req.query, ...page });
      return pageResult(rows, total, page);
    },
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Save a report', body: reportCreate, response: { 201: reportView } }, config: { access: { action: 'create', subject: 'Report' } } },
    async (req, reply) => {
      const report = await createReport(req, { ...req.body, description: req.body.description ?? '' });
      reply.code(201);
      return report;
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'One report', params: idParams, response: { 200: reportView } }, config: { access: { action: 'read', subject: 'Report' } } },
    async (req) => {
      const report = await findReport(req.em, req.params.id);
      if (!report) throw new NotFoundError({ resource: noun(req.locale) });
      return report;
    },
  );

  app.patch(
    '/:id',
    {
      schema: { tags, summary: 'Change a report', params: idParams, body: reportUpdate, response: { 200: reportView } },
      config: { access: { action: 'update', subject: 'Report' } },
    },
    async (req) => {
      const before = await findReport(req.em, req.params.id);
      if (!before) throw new NotFoundError({ resource: noun(req.locale) });
      const values = { ...before, ...req.body };
      await assertReportRuns(req, values);
      await updateReport(req.em, before.id, values);
      await audit(req, { action: 'report.update', subject: 'Report', recordId: before.id, changes: changedFields(before, values, auditedReportFields) });
      return findReport(req.em, before.id);
    },
  );

  app.delete(
    '/:id',
    { schema: { tags, summary: 'Delete a report', params: idParams }, config: { access: { action: 'delete', subject: 'Report' } } },
    async (req, reply) => {
      const report = await findReport(req.em, req.params.id);
      if (!report) throw new NotFoundError({ resource: noun(req.locale) });
      await deleteReport(req.em, report.id);
      await audit(req, { action: 'report.delete', subject: 'Report', recordId: report.id, changes: changedFields(report, null, auditedReportFields) });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/:id/run',
    {
      schema: {
        tags,
        summary: 'Run a report with the reader’s access (optionally with added filters or other dimensions, to drill down)',
        params: idParams,
        body: reportRunOptions,
        response: { 200: reportRun },
      },
      config: { access: { action: 'read', subject: 'Report' } },
    },
    async (req) => {
      const report = await findReport(req.em, req.params.id);
      if (!report) throw new NotFoundError({ resource: noun(req.locale) });
      return { report, result: await runSavedReport(req, report, req.body ?? {}) };
    },
  );

  app.post(
    '/:id/records',
    {
      schema: {
        tags,
        summary: 'The records behind a report’s numbers (its filters and the ones given), with the reader’s access, a page at a time',
        params: idParams,
        body: reportRecordsOptions,
        response: { 200: reportRecords },
      },
      config: { access: { action: 'read', subject: 'Report' } },
    },
    async (req) => {
      const report = await findReport(req.em, req.params.id);
      if (!report) throw new NotFoundError({ resource: noun(req.locale) });
      const body = req.body ?? {};
      return savedReportRecords(req, report, body.filters ?? [], { page: body.page ?? 1, pageSize: body.pageSize ?? 20 });
    },
  );
});
