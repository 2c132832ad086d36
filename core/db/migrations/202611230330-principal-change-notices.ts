import type { Migration } from '../migration.ts';

/**
 * Every server process caches API-token principals for a few seconds. When a token is revoked, expires
 * early or changes role, or a membership changes or goes, PostgreSQL tells every process at commit
 * (NOTIFY with the tenant id), so no process keeps serving a principal that no longer holds.
 */
export const principalChangeNotices: Migration = {
  name: '202611230330-principal-change-notices',
  up: `
CREATE FUNCTION tessera_notify_principal_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tessera_principals', COALESCE(NEW.tenant_id, OLD.tenant_id)::text);
  RETURN NULL;
END
$$;
CREATE TRIGGER api_tokens_principal_change AFTER UPDATE OF revoked_at, expires_at, role, token_hash OR DELETE
  ON api_tokens FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
CREATE TRIGGER memberships_principal_change AFTER UPDATE OR DELETE
  ON memberships FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
`,
  down: `
DROP TRIGGER memberships_principal_change ON memberships;
DROP TRIGGER api_tokens_principal_change ON api_tokens;
DROP FUNCTION tessera_notify_principal_change();
`,
};
