/** A reversible schema change. `up` and `down` are SQL run by the owner role inside one transaction. */
export interface Migration {
  /** `<yyyymmddhhmm>-<what-it-does>`, unique within its scope; applied in name order. */
  name: string;
  up: string;
  down: string;
}

/** The group role every app login role is a member of; migrations grant table rights to it. */
export const appRightsRole = 'tessera_app_rights';

/**
 * SQL that makes `table` a tenant table: RLS enabled and forced (owners included), one policy that is a
 * plain equality on the row's own `tenant_id`, and the app's DML rights. Tables are created by the owner
 * role, so FORCE is what keeps even the owner's non-superuser sessions inside the fence.
 */
export function tenantTableSql(table: string, rights = 'SELECT, INSERT, UPDATE, DELETE'): string {
  return `
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY ${table}_tenant_isolation ON ${table}
  USING (tenant_id = tessera_tenant_id()) WITH CHECK (tenant_id = tessera_tenant_id());
GRANT ${rights} ON ${table} TO ${appRightsRole};`;
}
