import type { Migration } from '../migration.ts';

/**
 * A transaction bound to no company sees the one company whose slug it names in `tessera.public_slug`:
 * how a `tenant-public` plugin route (e.g. the sign-in page's pinned announcements) finds its company.
 * It learns only what it already knew the name of.
 */
export const publicTenantSlug: Migration = {
  name: '202611241020-public-tenant-slug',
  up: `
CREATE POLICY tenants_public_slug ON tenants FOR SELECT
  USING (tessera_tenant_id() IS NULL AND slug = current_setting('tessera.public_slug', true));`,
  down: 'DROP POLICY tenants_public_slug ON tenants;',
};
