import { tenantUpdate, tenantView } from '@tessera/schemas/tenant';
import { NotFoundError } from '../../../http/core-errors.ts';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Tenant } from '../../../tenancy/entities/tenant.ts';
import { toTenantView } from '../../../tenancy/views/tenant-view.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: { tags: ['tenant'], summary: 'The current company settings', response: { 200: tenantView } },
      config: { access: { action: 'read', subject: 'Tenant' } },
    },
    async (req) => {
      const tenant = await req.em.findOne(Tenant, { id: req.principal?.tenantId ?? '' });
      if (!tenant) throw new NotFoundError({ resource: 'tenant' });
      return toTenantView(tenant);
    },
  );

  app.patch(
    '/',
    {
      schema: {
        tags: ['tenant'],
        summary: 'Change company settings',
        body: tenantUpdate,
        response: { 200: tenantView },
      },
      config: { access: { action: 'update', subject: 'Tenant' } },
    },
    async (req) => {
      const tenant = await req.em.findOne(Tenant, { id: req.principal?.tenantId ?? '' });
      if (!tenant) throw new NotFoundError({ resource: 'tenant' });
      const body = req.body;
      const before = toTenantView(tenant);
      if (body.name !== undefined) tenant.name = body.name;
      if (body.contactName !== undefined) tenant.contactName = body.contactName;
      if (body.contactPhone !== undefined) tenant.contactPhone = body.contactPhone;
      if (body.contactEmail !== undefined) tenant.contactEmail = body.contactEmail;
      if (body.address !== undefined) tenant.address = body.address;
      if (body.logoUrl !== undefined) tenant.logoUrl = body.logoUrl;
      if (body.timeZone !== undefined) tenant.timeZone = body.timeZone;
      if (body.currency !== undefined) tenant.currency = body.currency;
      if (body.locale !== undefined) tenant.locale = body.locale;
      await req.em.flush();
      const after = toTenantView(tenant);
      await audit(req, {
        action: 'tenant.update',
        subject: 'Tenant',
        recordId: tenant.id,
        changes: changedFields(before, after, Object.keys(body)),
      });
      return after;
    },
  );
});
