import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../tenancy/tenant-filter.ts';

/** A submission as the access layer sees it: its data scope (e.g. only one's own) compiles into SQL. */
export const FormSubmission = defineEntity({
  name: 'FormSubmission',
  tableName: 'form_submissions',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    formId: p.uuid(),
    version: p.integer(),
    data: p.json<Record<string, unknown>>(),
    submitterId: p.uuid(),
    status: p.string(),
    submittedAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  filters: { tenant: tenantFilter },
});
export type FormSubmission = InstanceType<typeof FormSubmission.class>;
