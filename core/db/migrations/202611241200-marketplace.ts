import { appRightsRole, type Migration, tenantTableSql } from '../migration.ts';

/**
 * The marketplace (模块购买). Platform tables: the operator's view of each listing (`market_listings`,
 * which the app role may only read), the operators who run the platform, their sessions and their audit
 * log (the app role has no rights on those: operator routes work as the owner role; the log names the
 * company it touched as `company_id`, since a `tenant_id` column marks a tenant table under RLS). Tenant tables:
 * module orders with their lines and state changes, the company's entitlement per module with its
 * history, and the trials it took (one per module, ever). `tenant_plugins.read_only_until` marks a
 * module whose entitlement ended and is in its grace period: reads work, writes answer 402.
 */
export const marketplace: Migration = {
  name: '202611241200-marketplace',
  up: `
CREATE TABLE market_listings (
  plugin text PRIMARY KEY CHECK (plugin ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
  hidden boolean NOT NULL DEFAULT false,
  included boolean NOT NULL DEFAULT false,
  price_overrides jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(price_overrides) = 'object'),
  updated_at timestamptz NOT NULL DEFAULT now());
GRANT SELECT ON market_listings TO ${appRightsRole};

CREATE TABLE operators (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 60),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz);
CREATE TABLE operator_sessions (
  token_hash bytea PRIMARY KEY,
  operator_id uuid NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL);
CREATE TABLE operator_audit_log (
  id uuid PRIMARY KEY,
  operator_id uuid REFERENCES operators(id),
  action text NOT NULL,
  company_id uuid REFERENCES tenants(id) ON DELETE SET NULL,
  target text,
  reason text,
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX operator_audit_log_time ON operator_audit_log (created_at DESC);

CREATE TABLE module_orders (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  number text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled')),
  provider text NOT NULL CHECK (provider IN ('free', 'manual')),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  currency char(3) NOT NULL DEFAULT 'CNY',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  paid_at timestamptz,
  cancelled_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number));
CREATE INDEX module_orders_status ON module_orders (status, created_at);
${tenantTableSql('module_orders', 'SELECT, INSERT, UPDATE')}
CREATE TABLE module_order_lines (
  tenant_id uuid NOT NULL,
  order_id uuid NOT NULL,
  plugin text NOT NULL,
  plan_key text NOT NULL,
  period text NOT NULL CHECK (period IN ('month', 'year', 'once')),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  PRIMARY KEY (tenant_id, order_id, plugin),
  FOREIGN KEY (tenant_id, order_id) REFERENCES module_orders (tenant_id, id) ON DELETE CASCADE);
${tenantTableSql('module_order_lines', 'SELECT, INSERT')}
CREATE TABLE module_order_events (
  tenant_id uuid NOT NULL,
  order_id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  status text NOT NULL,
  actor text NOT NULL,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, order_id, seq),
  FOREIGN KEY (tenant_id, order_id) REFERENCES module_orders (tenant_id, id) ON DELETE CASCADE);
${tenantTableSql('module_order_events', 'SELECT, INSERT')}

CREATE TABLE entitlements (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  plugin text NOT NULL,
  source text NOT NULL CHECK (source IN ('trial', 'paid', 'granted')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  grace_days integer NOT NULL DEFAULT 7 CHECK (grace_days BETWEEN 0 AND 90),
  notified_days integer,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, plugin),
  CHECK (ends_at IS NULL OR ends_at > starts_at));
CREATE INDEX entitlements_ends ON entitlements (ends_at) WHERE ends_at IS NOT NULL;
${tenantTableSql('entitlements', 'SELECT, INSERT, UPDATE')}
CREATE TABLE entitlement_events (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  plugin text NOT NULL,
  kind text NOT NULL,
  ends_at timestamptz,
  reason text NOT NULL DEFAULT '',
  actor text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, seq));
${tenantTableSql('entitlement_events', 'SELECT, INSERT')}
CREATE TABLE module_trials (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  plugin text NOT NULL,
  started_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, plugin));
${tenantTableSql('module_trials', 'SELECT, INSERT')}

ALTER TABLE tenant_plugins ADD COLUMN read_only_until timestamptz;`,
  down: `
ALTER TABLE tenant_plugins DROP COLUMN read_only_until;
DROP TABLE module_trials; DROP TABLE entitlement_events; DROP TABLE entitlements;
DROP TABLE module_order_events; DROP TABLE module_order_lines; DROP TABLE module_orders;
DROP TABLE operator_audit_log; DROP TABLE operator_sessions; DROP TABLE operators; DROP TABLE market_listings;`,
};
