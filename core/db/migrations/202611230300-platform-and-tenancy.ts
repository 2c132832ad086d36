import { appRightsRole, type Migration, tenantTableSql } from '../migration.ts';

/**
 * Tenancy and identity. `tenants`, `users` and `sessions` are platform tables (small, looked up before a
 * tenant is known); `memberships` is a tenant table with one extra read policy: with no tenant bound, a
 * user may list their own memberships (and those tenants' names) to sign in and switch tenants.
 */
export const platformAndTenancy: Migration = {
  name: '202611230300-platform-and-tenancy',
  up: `
CREATE FUNCTION tessera_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION tessera_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{2,39}$'),
  contact_name text, contact_phone text, contact_email text, address text, logo_url text,
  time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
  currency char(3) NOT NULL DEFAULT 'CNY',
  locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en-US')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text UNIQUE CHECK (email = lower(email)),
  mobile text UNIQUE,
  display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 60),
  locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en-US')),
  password_hash text NOT NULL,
  is_disabled boolean NOT NULL DEFAULT false,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  first_failed_at timestamptz,
  locked_until timestamptz,
  last_tenant_id uuid REFERENCES tenants(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (email IS NOT NULL OR mobile IS NOT NULL)
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  current_tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE memberships (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
${tenantTableSql('memberships')}
CREATE POLICY memberships_own_without_tenant ON memberships FOR SELECT
  USING (tessera_tenant_id() IS NULL AND user_id = tessera_user_id());

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenants_current ON tenants
  USING (id = tessera_tenant_id()) WITH CHECK (id = tessera_tenant_id());
CREATE POLICY tenants_own_without_tenant ON tenants FOR SELECT
  USING (tessera_tenant_id() IS NULL
         AND id IN (SELECT m.tenant_id FROM memberships m WHERE m.user_id = tessera_user_id()));
GRANT SELECT, INSERT, UPDATE ON tenants TO ${appRightsRole};
GRANT SELECT, INSERT, UPDATE ON users TO ${appRightsRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO ${appRightsRole};
`,
  down: `
DROP TABLE sessions;
DROP POLICY tenants_own_without_tenant ON tenants;
DROP TABLE memberships;
DROP TABLE users;
DROP TABLE tenants;
DROP FUNCTION tessera_user_id();
DROP FUNCTION tessera_tenant_id();
`,
};
