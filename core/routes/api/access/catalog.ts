import { accessCatalog, accessPreview } from '@tessera/schemas/access';
import type { FromSchema } from 'json-schema-to-ts';
import { customRuleFields } from '../../../forms/custom-fields/custom-field-rule-fields.ts';
import { loadAccessContext } from '../../../access/access-context.ts';
import { buildRequestAccess } from '../../../access/build-request-access.ts';
import { toSubjectView } from '../../../access/views/subject-view.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const previewQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['userId'],
  properties: { userId: { type: 'string', format: 'uuid' } },
} as const;
type PreviewCell = FromSchema<typeof accessPreview>['cells'][number];

export default defineRoutes(async (app) => {
  app.get(
    '/catalog',
    {
      schema: { tags: ['access'], summary: 'Subjects, actions, fields and data scopes rules may use', response: { 200: accessCatalog } },
      config: { access: { action: 'read', subject: 'Role' } },
    },
    async (req) => {
      // the company's custom fields are fields of their subject too: field rules may name them
      const custom = await customRuleFields(req);
      return {
        subjects: app.subjects.subjects().map((s) => {
          const view = toSubjectView(s, app.subjects, req.locale);
          return { ...view, fields: [...view.fields, ...(s.fieldScoped ? (custom.get(s.key) ?? []) : [])] };
        }),
        attributes: app.subjects.attributes().map((a) => ({ key: a.key, title: a.title[req.locale], group: a.group })),
      };
    },
  );

  app.get(
    '/preview',
    {
      schema: { tags: ['access'], summary: 'What one member may do ("test as user")', querystring: previewQuery, response: { 200: accessPreview } },
      config: { access: { action: 'read', subject: 'Role' } },
    },
    async (req) => {
      const tenantId = req.principal?.tenantId ?? '';
      const context = await loadAccessContext(req.em, tenantId, req.query.userId);
      if (!context) throw new NotFoundError({ resource: 'user' });
      const access = buildRequestAccess(context, req.query.userId, app.subjects);
      const cells: PreviewCell[] = [];
      for (const subject of app.subjects.subjects()) {
        for (const action of subject.actions) {
          let conditions: Record<string, unknown> | null = null;
          let level: PreviewCell['access'] = 'none';
          if (access.can(action.key, subject.key)) {
            conditions = access.rowCondition(action.key, subject.key);
            level = Object.keys(conditions).length === 0 ? 'all' : 'some';
          }
          const uniform = access.uniformFields(action.key, subject.key);
          const deniedFields = level === 'none' ? [] : subject.fields.map((f) => f.key).filter((f) => !uniform.has(f));
          cells.push({
            subject: subject.key,
            action: action.key,
            access: level,
            conditions: level === 'some' ? conditions : null,
            deniedFields,
          });
        }
      }
      return { userId: req.query.userId, roles: [...context.roles], departmentIds: [...context.departmentIds], cells };
    },
  );
});
