import { idParams } from '@tessera/schemas/common';
import { reportExportListQuery, reportExportPage, reportExportView } from '@tessera/schemas/report-export';
import { principalOf } from '../../../auth/principal-of.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { findReportExport, listReportExports } from '../../../reports/exports/report-export-store.ts';
import { toReportExportView } from '../../../reports/exports/report-export-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const access = { action: 'read', subject: 'Report' } as const;

/** 报表导出: the caller's own exports, their progress and their files. Another user's export is not found. */
export default defineRoutes(async (app) => {
  app.get(
    '/',
    { schema: { tags, summary: 'My report exports, newest first', querystring: reportExportListQuery, response: { 200: reportExportPage } }, config: { access } },
    async (req) => {
      const page = pageArgs(req.query);
      const { rows, total } = await listReportExports(req.em, {
        requestedBy: principalOf(req).userId,
        ...(req.query.reportId ? { reportId: req.query.reportId } : {}),
        ...page,
      });
      return pageResult(
        rows.map((row) => toReportExportView(row, req.locale, app.subjects)),
        total,
        page,
      );
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'One of my report exports: status, progress, file', params: idParams, response: { 200: reportExportView } }, config: { access } },
    async (req) => {
      const found = await findReportExport(req.em, req.params.id, principalOf(req).userId);
      if (!found) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '导出' : 'export' });
      return toReportExportView(found, req.locale, app.subjects);
    },
  );
});
