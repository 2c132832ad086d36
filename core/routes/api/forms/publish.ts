import { idParams } from '@tessera/schemas/common';
import { formVersionParams, formVersionView } from '@tessera/schemas/form';
import { audit } from '../../../audit/write-audit.ts';
import { expandOptionSets } from '../../../forms/expand-option-sets.ts';
import { FormUnchangedError } from '../../../forms/form-errors.ts';
import { findForm, findVersion, publishDraft } from '../../../forms/form-store.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['forms'];

export default defineRoutes(async (app) => {
  app.post(
    '/:id/publish',
    {
      schema: { tags, summary: 'Publish the draft as a new, immutable version', params: idParams, response: { 201: formVersionView } },
      config: { access: { action: 'publish', subject: 'Form' } },
    },
    async (req, reply) => {
      const form = await findForm(req.em, req.params.id, true);
      if (!form) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '表单' : 'form' });
      if (!form.draftChanged) throw new FormUnchangedError({ title: form.title });
      const version = await publishDraft(req.em, req.principal?.tenantId ?? '', form, req.principal?.userId ?? '');
      await audit(req, { action: 'form.publish', subject: 'Form', recordId: form.id, detail: { version } });
      reply.code(201);
      return findVersion(req.em, form.id, version);
    },
  );

  app.get(
    '/:id/versions/:version',
    {
      schema: { tags, summary: 'One published version (what a submission was made against)', params: formVersionParams, response: { 200: formVersionView } },
      config: { access: { action: 'read', subject: 'Form' } },
    },
    async (req) => {
      const version = await findVersion(req.em, req.params.id, req.params.version);
      if (!version) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '表单版本' : 'form version' });
      // what the fill-in page renders: each option set's current, enabled options, titled in the reader's language
      return { ...version, schema: await expandOptionSets(req.em, version.schema, req.locale) };
    },
  );
});
