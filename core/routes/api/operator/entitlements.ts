import {
  operatorEntitlementChange,
  operatorEntitlementExtend,
  operatorEntitlementGrant,
  operatorEntitlementListQuery,
  operatorEntitlementPage,
  operatorEntitlementRevoke,
} from '@tessera/schemas/operator-market';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { listEntitlements } from '../../../operator/list-entitlements.ts';
import { extendEntitlement, grantEntitlement, revokeEntitlement } from '../../../operator/operator-entitlements.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['operator'];
const operator = { access: 'operator' } as const;

export default defineRoutes(async (app) => {
  app.get(
    '/entitlements',
    {
      schema: { tags, summary: 'Entitlements of every company', querystring: operatorEntitlementListQuery, response: { 200: operatorEntitlementPage } },
      config: operator,
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { items, total } = await app.ownerDb.readAcrossCompanies((client) => listEntitlements(client, req.query, page, app.clock.now()));
      return pageResult(items, total, page);
    },
  );

  app.post(
    '/entitlements/grant',
    {
      schema: { tags, summary: 'Give a company a module for some days, until a date, or for ever', body: operatorEntitlementGrant, response: { 200: operatorEntitlementChange } },
      config: operator,
    },
    async (req) => grantEntitlement(req, req.body),
  );

  app.post(
    '/entitlements/extend',
    {
      schema: { tags, summary: 'Add days to a company’s entitlement', body: operatorEntitlementExtend, response: { 200: operatorEntitlementChange } },
      config: operator,
    },
    async (req) => extendEntitlement(req, req.body),
  );

  app.post(
    '/entitlements/revoke',
    {
      schema: { tags, summary: 'End a company’s entitlement now and disable the module (its data stays)', body: operatorEntitlementRevoke, response: { 200: operatorEntitlementChange } },
      config: operator,
    },
    async (req) => revokeEntitlement(req, req.body),
  );
});
