import { idParams } from '@tessera/schemas/common';
import { reportExportCreate, reportExportView } from '@tessera/schemas/report-export';
import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../../audit/write-audit.ts';
import { principalOf } from '../../../auth/principal-of.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { ReportExportNotQueuedError } from '../../../reports/exports/report-export-errors.ts';
import { reportExportJob } from '../../../reports/exports/report-export-job.ts';
import { failReportExport, findReportExport, insertReportExport } from '../../../reports/exports/report-export-store.ts';
import { toReportExportView } from '../../../reports/exports/report-export-view.ts';
import { findReport } from '../../../reports/report-store.ts';
import { runSavedReport } from '../../../reports/run-saved-report.ts';
import { defineRoutes } from '../../../sdk/index.ts';

/** 报表导出: a saved report's result as a CSV, XLSX or PDF file, rendered by a job. */
export default defineRoutes(async (app) => {
  app.post(
    '/:id/exports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Export a report (optionally drilled down) as CSV, XLSX or PDF: queued, then followed at GET /api/report-exports/:id',
        params: idParams,
        body: reportExportCreate,
        response: { 202: reportExportView },
      },
      config: { access: { action: 'read', subject: 'Report' } },
    },
    async (req, reply) => {
      const report = await findReport(req.em, req.params.id);
      if (!report) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '报表' : 'report' });
      const { format, ...options } = req.body;
      // refused now, with the run's problems and pointers, what the job would refuse later
      await runSavedReport(req, { ...report, query: { ...report.query, limit: 1 } }, options);
      const principal = principalOf(req);
      const id = uuidv7();
      await insertReportExport(req.em, {
        id,
        tenantId: principal.tenantId,
        reportId: report.id,
        format,
        options,
        locale: req.locale,
        requestedBy: principal.userId,
        tokenId: principal.tokenId ?? null,
      });
      await audit(req, { action: 'report.export', subject: 'Report', recordId: report.id, detail: { exportId: id, format } });
      const created = await findReportExport(req.em, id);
      if (!created) throw new TypeError('an export just inserted is not found');
      // the job reads the export on a connection of its own: it must be committed before the job is queued
      await req.em.commit();
      try {
        await app.jobs.send(reportExportJob, { tenantId: principal.tenantId, exportId: id });
      } catch (error) {
        req.log.error({ err: error, exportId: id }, 'report export not queued');
        const binding = { tenantId: principal.tenantId, userId: principal.tokenId ? null : principal.userId };
        await app.db.transaction(binding, (em) => failReportExport(em, id, { code: ReportExportNotQueuedError.code, vars: {} }));
        throw new ReportExportNotQueuedError({});
      }
      reply.code(202);
      return toReportExportView(created, req.locale, app.subjects);
    },
  );
});
