import { idParams } from '@tessera/schemas/common';
import { formCreate, formListQuery, formPage, formUpdate, formView } from '@tessera/schemas/form';
import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../../audit/write-audit.ts';
import { assertOptionSetsExist } from '../../../forms/expand-option-sets.ts';
import { checkedFormSchema } from '../../../forms/form-validation-gate.ts';
import { findForm, insertForm, listForms, updateDraft } from '../../../forms/form-store.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['forms'];
const formNoun = (locale: string) => (locale === 'zh-CN' ? '表单' : 'form');

/** 表单: drafts an admin edits; members fill in the latest published version (see publish.ts). */
export default defineRoutes(async (app) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Forms', querystring: formListQuery, response: { 200: formPage } }, config: { access: { action: 'read', subject: 'Form' } } },
    async (req) => {
      const page = pageArgs(req.query);
      const { rows, total } = await listForms(req.em, { ...req.query, ...page });
      return pageResult(rows, total, page);
    },
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Create a form (a draft)', body: formCreate, response: { 201: formView } }, config: { access: { action: 'create', subject: 'Form' } } },
    async (req, reply) => {
      const schema = checkedFormSchema(req, req.body.schema);
      await assertOptionSetsExist(req.em, schema, req.locale);
      const id = uuidv7();
      await insertForm(req.em, {
        tenantId: req.principal?.tenantId ?? '',
        id,
        title: req.body.title,
        description: req.body.description ?? '',
        schema,
        uiSchema: req.body.uiSchema ?? {},
        settings: req.body.settings ?? { onePerUser: false, submitterRoles: [] },
        createdBy: req.principal?.userId ?? '',
      });
      await audit(req, { action: 'form.create', subject: 'Form', recordId: id, detail: { title: req.body.title } });
      reply.code(201);
      return findForm(req.em, id);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'One form with its draft', params: idParams, response: { 200: formView } }, config: { access: { action: 'read', subject: 'Form' } } },
    async (req) => (await findForm(req.em, req.params.id)) ?? Promise.reject(new NotFoundError({ resource: formNoun(req.locale) })),
  );

  app.patch(
    '/:id',
    {
      schema: { tags, summary: 'Change the draft (published versions never change)', params: idParams, body: formUpdate, response: { 200: formView } },
      config: { access: { action: 'update', subject: 'Form' } },
    },
    async (req) => {
      const form = await findForm(req.em, req.params.id, true);
      if (!form) throw new NotFoundError({ resource: formNoun(req.locale) });
      const checked = req.body.schema ? checkedFormSchema(req, req.body.schema) : undefined;
      if (checked) await assertOptionSetsExist(req.em, checked, req.locale);
      const draft = {
        title: req.body.title ?? form.title,
        description: req.body.description ?? form.description,
        schema: checked ?? form.schema,
        uiSchema: req.body.uiSchema ?? form.uiSchema,
        settings: req.body.settings ?? form.settings,
      };
      await updateDraft(req.em, form.id, draft);
      await audit(req, { action: 'form.update', subject: 'Form', recordId: form.id, detail: { fields: Object.keys(req.body) } });
      return findForm(req.em, form.id);
    },
  );
});
