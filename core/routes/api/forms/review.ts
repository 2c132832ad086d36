import { submissionEdit, submissionEventList, submissionParams, submissionReview, submissionView } from '@tessera/schemas/form';
import type { FastifyRequest } from 'fastify';
import { accessOf } from '../../../access/scoped/access-of.ts';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { findVersion } from '../../../forms/form-store.ts';
import { assertFormData } from '../../../forms/form-validation-gate.ts';
import { findSubmission } from '../../../forms/submission-store.ts';
import { assertTransition, recordSubmissionEvent, submissionEvents } from '../../../forms/submission-workflow.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { notify } from '../../../messages/notify.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['forms'];

/** The submission if the principal may `action` it; one outside their scope does not exist for them. */
async function submissionFor(req: FastifyRequest, params: { id: string; submissionId: string }, action: string) {
  const found = await findSubmission(req.em, params.id, params.submissionId, accessOf(req).rowCondition(action, 'FormSubmission'));
  if (!found) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '提交记录' : 'submission' });
  return found;
}

/** Reviewing (submitted → reviewed → approved/rejected, with comments), editing and deleting submissions. */
export default defineRoutes(async (app) => {
  app.post(
    '/:id/submissions/:submissionId/review',
    {
      schema: { tags, summary: 'Move a submission through its workflow, with a comment', params: submissionParams, body: submissionReview, response: { 200: submissionView } },
      config: { access: { action: 'review', subject: 'FormSubmission' } },
    },
    async (req) => {
      const submission = await submissionFor(req, req.params, 'review');
      assertTransition(submission.status, req.body.status);
      const tenantId = req.principal?.tenantId ?? '';
      await req.em.execute('UPDATE form_submissions SET status = ?, updated_at = now() WHERE id = ?', [req.body.status, submission.id]);
      await recordSubmissionEvent(req.em, { tenantId, submissionId: submission.id, authorId: req.principal?.userId ?? '', status: req.body.status, comment: req.body.comment ?? '' });
      await audit(req, { action: 'form.review', subject: 'FormSubmission', recordId: submission.id, changes: { status: { before: submission.status, after: req.body.status } } });
      if (req.body.status !== 'reviewed') {
        const version = await findVersion(req.em, submission.formId, submission.version);
        const decided = req.body.status === 'approved' ? { zh: '已通过', en: 'approved' } : { zh: '未通过', en: 'rejected' };
        const title = version?.title ?? '';
        await notify(req, {
          recipients: [submission.submitterId],
          category: 'form',
          title: { 'zh-CN': `「${title}」${decided.zh}`, 'en-US': `“${title}” ${decided.en}` },
          body: { 'zh-CN': req.body.comment || `您提交的「${title}」${decided.zh}。`, 'en-US': req.body.comment || `Your “${title}” submission was ${decided.en}.` },
        });
      }
      return findSubmission(req.em, submission.formId, submission.id, {});
    },
  );

  app.get(
    '/:id/submissions/:submissionId/events',
    { schema: { tags, summary: 'A submission’s status changes and comments', params: submissionParams, response: { 200: submissionEventList } }, config: { access: { action: 'read', subject: 'FormSubmission' } } },
    async (req) => ({ items: await submissionEvents(req.em, (await submissionFor(req, req.params, 'read')).id) }),
  );

  app.patch(
    '/:id/submissions/:submissionId',
    {
      schema: { tags, summary: 'Correct a submission (checked against the version it was made with)', params: submissionParams, body: submissionEdit, response: { 200: submissionView } },
      config: { access: { action: 'update', subject: 'FormSubmission' } },
    },
    async (req) => {
      const submission = await submissionFor(req, req.params, 'update');
      const version = await findVersion(req.em, submission.formId, submission.version);
      const data = version ? await assertFormData(req, version, req.body.data, { includeDisabled: true }) : req.body.data;
      await req.em.execute('UPDATE form_submissions SET data = ?::jsonb, updated_at = now() WHERE id = ?', [JSON.stringify(data), submission.id]);
      const fields = [...new Set([...Object.keys(submission.data), ...Object.keys(data)])];
      await audit(req, { action: 'form.submission.update', subject: 'FormSubmission', recordId: submission.id, changes: changedFields(submission.data, data, fields) });
      return findSubmission(req.em, submission.formId, submission.id, {});
    },
  );

  app.delete(
    '/:id/submissions/:submissionId',
    { schema: { tags, summary: 'Delete a submission', params: submissionParams }, config: { access: { action: 'delete', subject: 'FormSubmission' } } },
    async (req, reply) => {
      const submission = await submissionFor(req, req.params, 'delete');
      await req.em.execute('DELETE FROM form_submissions WHERE id = ?', [submission.id]);
      await audit(req, { action: 'form.submission.delete', subject: 'FormSubmission', recordId: submission.id, changes: changedFields(submission.data, null, Object.keys(submission.data)) });
      reply.code(204);
      return null;
    },
  );
});
