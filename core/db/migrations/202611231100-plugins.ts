import { appRightsRole, type Migration, tenantTableSql } from '../migration.ts';

/**
 * Plugins: which are installed on this platform (a platform table the app role may only read) and which
 * each tenant has enabled, with its settings. Enabling or disabling tells every server process at commit,
 * like a role change does, so cached API-token principals see it on their next request.
 */
export const plugins: Migration = {
  name: '202611231100-plugins',
  up: `
CREATE TABLE plugin_installations (
  name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
  version text NOT NULL,
  installed_at timestamptz NOT NULL DEFAULT now(),
  upgraded_at timestamptz);
GRANT SELECT ON plugin_installations TO ${appRightsRole};

CREATE TABLE tenant_plugins (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  plugin text NOT NULL REFERENCES plugin_installations(name),
  enabled boolean NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}',
  enabled_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, plugin));
${tenantTableSql('tenant_plugins', 'SELECT, INSERT, UPDATE')}
CREATE TRIGGER tenant_plugins_principal_change AFTER INSERT OR UPDATE OR DELETE
  ON tenant_plugins FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
`,
  down: `
DROP TABLE tenant_plugins;
DROP TABLE plugin_installations;
`,
};
