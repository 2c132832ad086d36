import { appRightsRole, type Migration } from '../migration.ts';

/**
 * The operator revokes a company's entitlement by deleting its row (in a transaction bound to the
 * company, under its RLS) and recording a `revoked` event: "no entitlement" is a state every check
 * already knows, and it needs no end before its start, which the row's CHECK would refuse.
 */
export const entitlementRevocation: Migration = {
  name: '202611251000-entitlement-revocation',
  up: `GRANT DELETE ON entitlements TO ${appRightsRole};`,
  down: `REVOKE DELETE ON entitlements FROM ${appRightsRole};`,
};
