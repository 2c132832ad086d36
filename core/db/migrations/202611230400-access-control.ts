import { type Migration, tenantTableSql } from '../migration.ts';

// The built-in roles' rules as they were when this migration was written (later changes get their own).
const managesAll = `'[{"action":"manage","subject":"all"}]'::jsonb`;
const memberRules = `'[{"action":"read","subject":"Tenant"},{"action":"read","subject":"Member"},{"action":"read","subject":"Department"},{"action":"read","subject":"Message"}]'::jsonb`;

/**
 * Access control: per-tenant roles holding CASL rules, members holding several roles, a department tree,
 * scope attributes on memberships, and an append-only audit log. Existing memberships keep their single
 * role as their first role. The data moves while FORCE ROW LEVEL SECURITY is lifted from `memberships`
 * inside this transaction, so a migrating owner role that is not a superuser still sees every row.
 */
export const accessControl: Migration = {
  name: '202611230400-access-control',
  up: `
CREATE TABLE roles (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_-]{1,39}$'),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
  description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
  built_in boolean NOT NULL DEFAULT false,
  rules jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rules) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, key)
);

CREATE TABLE member_roles (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role_key text NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role_key),
  FOREIGN KEY (tenant_id, user_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, role_key) REFERENCES roles (tenant_id, key) ON DELETE RESTRICT
);
CREATE INDEX member_roles_role_idx ON member_roles (tenant_id, role_key);

CREATE TABLE departments (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  parent_id uuid,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
  sort_order integer NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES departments (tenant_id, id) ON DELETE RESTRICT,
  CHECK (parent_id IS DISTINCT FROM id)
);
CREATE UNIQUE INDEX departments_sibling_name_key
  ON departments (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));

CREATE TABLE department_members (
  tenant_id uuid NOT NULL,
  department_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, department_id, user_id),
  FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (tenant_id, user_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE
);
CREATE INDEX department_members_user_idx ON department_members (tenant_id, user_id);

ALTER TABLE memberships ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object');

ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY;
INSERT INTO roles (tenant_id, id, key, name, built_in, rules)
  SELECT t.id, gen_random_uuid(), b.key, b.name, true, b.rules
  FROM tenants t CROSS JOIN (VALUES
    ('owner', 'Owner', ${managesAll}),
    ('admin', 'Admin', ${managesAll}),
    ('member', 'Member', ${memberRules})
  ) AS b(key, name, rules);
INSERT INTO member_roles (tenant_id, user_id, role_key) SELECT tenant_id, user_id, role FROM memberships;
ALTER TABLE memberships DROP COLUMN role;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;

ALTER TABLE invitations DROP CONSTRAINT invitations_role_check;
ALTER TABLE invitations ADD FOREIGN KEY (tenant_id, role) REFERENCES roles (tenant_id, key) ON DELETE RESTRICT;
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_role_check;
ALTER TABLE api_tokens ADD FOREIGN KEY (tenant_id, role) REFERENCES roles (tenant_id, key) ON DELETE RESTRICT;

${tenantTableSql('roles')}
${tenantTableSql('member_roles', 'SELECT, INSERT, DELETE')}
CREATE POLICY member_roles_own_without_tenant ON member_roles FOR SELECT
  USING (tessera_tenant_id() IS NULL AND user_id = tessera_user_id());
${tenantTableSql('departments')}
${tenantTableSql('department_members', 'SELECT, INSERT, DELETE')}

CREATE TABLE audit_log (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_token_id uuid,
  ip text,
  action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 60),
  subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 60),
  record_id text,
  outcome text NOT NULL CHECK (outcome IN ('ok', 'denied')),
  changes jsonb NOT NULL DEFAULT '{}',
  detail jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_time_idx ON audit_log (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX audit_log_record_idx ON audit_log (tenant_id, subject, record_id);
${tenantTableSql('audit_log', 'SELECT, INSERT')}

CREATE TRIGGER roles_principal_change AFTER INSERT OR UPDATE OR DELETE
  ON roles FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
CREATE TRIGGER member_roles_principal_change AFTER INSERT OR DELETE
  ON member_roles FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
CREATE TRIGGER departments_principal_change AFTER INSERT OR UPDATE OF parent_id OR DELETE
  ON departments FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
CREATE TRIGGER department_members_principal_change AFTER INSERT OR DELETE
  ON department_members FOR EACH ROW EXECUTE FUNCTION tessera_notify_principal_change();
`,
  down: `
DROP TABLE audit_log;
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_tenant_id_role_fkey;
ALTER TABLE invitations DROP CONSTRAINT invitations_tenant_id_role_fkey;
DELETE FROM api_tokens WHERE role NOT IN ('admin', 'member');
DELETE FROM invitations WHERE role NOT IN ('admin', 'member');
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('admin', 'member'));
ALTER TABLE invitations ADD CONSTRAINT invitations_role_check CHECK (role IN ('admin', 'member'));
ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY;
ALTER TABLE member_roles NO FORCE ROW LEVEL SECURITY;
ALTER TABLE memberships ADD COLUMN role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member'));
UPDATE memberships m SET role = coalesce((
  SELECT r.role_key FROM member_roles r
  WHERE r.tenant_id = m.tenant_id AND r.user_id = m.user_id AND r.role_key IN ('owner', 'admin')
  ORDER BY r.role_key = 'owner' DESC LIMIT 1), 'member');
ALTER TABLE memberships ALTER COLUMN role DROP DEFAULT;
ALTER TABLE memberships DROP COLUMN attributes;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
DROP TABLE department_members;
DROP TABLE departments;
DROP TABLE member_roles;
DROP TABLE roles;
`,
};
