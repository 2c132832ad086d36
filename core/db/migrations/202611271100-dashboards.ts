import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Dashboards (数据看板): a grid of saved reports (widgets with their place and size), filters shared by
 * the widgets (each bound to a field of the widget's dataset), an auto-refresh interval, and the roles
 * whose members open it as their home dashboard.
 */
export const dashboards: Migration = {
  name: '202611271100-dashboards',
  up: `
CREATE TABLE dashboards (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
  widgets jsonb NOT NULL DEFAULT '[]',
  filters jsonb NOT NULL DEFAULT '[]',
  refresh_seconds integer NOT NULL DEFAULT 0 CHECK (refresh_seconds = 0 OR refresh_seconds BETWEEN 30 AND 86400),
  default_for_roles text[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id));
CREATE INDEX dashboards_updated ON dashboards (tenant_id, updated_at DESC);
${tenantTableSql('dashboards')}`,
  down: 'DROP TABLE dashboards;',
};
