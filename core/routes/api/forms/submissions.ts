import { idParams } from '@tessera/schemas/common';
import { submissionCreate, submissionListQuery, submissionPage, submissionParams, submissionView } from '@tessera/schemas/form';
import { v7 as uuidv7 } from 'uuid';
import { accessOf } from '../../../access/scoped/access-of.ts';
import { audit } from '../../../audit/write-audit.ts';
import { FormNotPublishedError } from '../../../forms/form-errors.ts';
import { findForm, findVersion } from '../../../forms/form-store.ts';
import { assertFormData } from '../../../forms/form-validation-gate.ts';
import { findSubmission, insertSubmission, listSubmissions } from '../../../forms/submission-store.ts';
import { assertMaySubmit } from '../../../forms/submission-rules.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['forms'];

/** Submissions: each made against the form's latest published version, validated by exactly that version. */
export default defineRoutes(async (app) => {
  app.post(
    '/:id/submissions',
    {
      schema: { tags, summary: 'Fill the form in', params: idParams, body: submissionCreate, response: { 201: submissionView } },
      config: { access: { action: 'create', subject: 'FormSubmission' } },
    },
    async (req, reply) => {
      const form = await findForm(req.em, req.params.id);
      if (!form) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '表单' : 'form' });
      if (form.latestVersion === null) throw new FormNotPublishedError({ title: form.title });
      const version = await findVersion(req.em, form.id, form.latestVersion);
      if (!version) throw new FormNotPublishedError({ title: form.title });
      await assertMaySubmit(req, version);
      const data = await assertFormData(req, version, req.body.data);
      const id = uuidv7();
      const tenantId = req.principal?.tenantId ?? '';
      const stored = await insertSubmission(req.em, { tenantId, id, formId: form.id, version: version.version, data, submitterId: req.principal?.userId ?? '' });
      await audit(req, { action: 'form.submit', subject: 'FormSubmission', recordId: id, detail: { formId: form.id, version: version.version } });
      reply.code(201);
      return stored;
    },
  );

  app.get(
    '/:id/submissions',
    {
      schema: { tags, summary: 'A form’s submissions the reader may see', params: idParams, querystring: submissionListQuery, response: { 200: submissionPage } },
      config: { access: { action: 'read', subject: 'FormSubmission' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg<string>(req.query.sort ?? '-submittedAt');
      const { rows, total } = await listSubmissions(req.em, {
        formId: req.params.id,
        scope: accessOf(req).rowCondition('read', 'FormSubmission'),
        ...(req.query.status ? { status: req.query.status } : {}),
        ...(req.query.version ? { version: req.query.version } : {}),
        ...(req.query.submitterId ? { submitterId: req.query.submitterId } : {}),
        ...(req.query.field && req.query.value !== undefined ? { field: { name: req.query.field, value: req.query.value } } : {}),
        sort: { key: sort.key, direction: sort.direction },
        ...page,
      });
      return pageResult(rows, total, page);
    },
  );

  app.get(
    '/:id/submissions/:submissionId',
    {
      schema: { tags, summary: 'One submission', params: submissionParams, response: { 200: submissionView } },
      config: { access: { action: 'read', subject: 'FormSubmission' } },
    },
    async (req) => {
      const found = await findSubmission(req.em, req.params.id, req.params.submissionId, accessOf(req).rowCondition('read', 'FormSubmission'));
      if (!found) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '提交记录' : 'submission' });
      return found;
    },
  );
});
