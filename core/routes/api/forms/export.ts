import { idParams } from '@tessera/schemas/common';
import { submissionExportQuery } from '@tessera/schemas/form';
import ExcelJS from 'exceljs';
import { accessOf } from '../../../access/scoped/access-of.ts';
import { displayNames } from '../../../members/display-names.ts';
import { expandOptionSets } from '../../../forms/expand-option-sets.ts';
import { FormNotPublishedError } from '../../../forms/form-errors.ts';
import { findForm, findVersion } from '../../../forms/form-store.ts';
import { listSubmissions } from '../../../forms/submission-store.ts';
import { submissionTable } from '../../../forms/submission-table.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { sendCsv } from '../../../http/csv.ts';
import { translate } from '../../../i18n/translate.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const exportLimit = 50_000;

/** A form's submissions the reader may export, as CSV (UTF-8 with BOM) or XLSX. */
export default defineRoutes(async (app) => {
  app.get(
    '/:id/submissions/export',
    {
      schema: { tags: ['forms'], summary: 'Export submissions as CSV or XLSX', params: idParams, querystring: submissionExportQuery },
      config: { access: { action: 'export', subject: 'FormSubmission' } },
    },
    async (req, reply) => {
      const form = await findForm(req.em, req.params.id);
      if (!form) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '表单' : 'form' });
      const latest = form.latestVersion === null ? undefined : await findVersion(req.em, form.id, form.latestVersion);
      if (!latest) throw new FormNotPublishedError({ title: form.title });
      const { rows: submissions } = await listSubmissions(req.em, {
        formId: form.id,
        scope: accessOf(req).rowCondition('export', 'FormSubmission'),
        ...(req.query.status ? { status: req.query.status } : {}),
        sort: { key: 'submittedAt', direction: 'asc' },
        limit: exportLimit,
        offset: 0,
      });
      const label = (key: string) => translate(req.locale, `forms.export.${key}`);
      const schema = await expandOptionSets(req.em, latest.schema, req.locale, true);
      const names = await displayNames(req.em, [...new Set(submissions.map((s) => s.submitterId))]);
      const { header, rows } = submissionTable(schema, submissions, {
        labels: { submittedAt: label('submitted-at'), submitter: label('submitter'), version: label('version'), status: label('status') },
        submitterName: (id) => names.get(id) ?? id,
        statusName: (status) => translate(req.locale, `forms.status.${status}`),
      });
      if ((req.query.format ?? 'csv') === 'csv') return sendCsv(reply, 'submissions.csv', header, rows);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(form.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'Sheet1');
      sheet.addRow(header);
      sheet.getRow(1).font = { bold: true };
      for (const row of rows) sheet.addRow(row);
      const buffer = await workbook.xlsx.writeBuffer();
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="submissions.xlsx"')
        .send(Buffer.from(buffer));
    },
  );
});
