import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Saved reports (报表): a dataset, the query over it (dimensions, measures, filters, sort, limit) and how
 * to draw the result. The query is stored as the reader sent it and checked again on every run, against
 * the dataset and the access of whoever runs it.
 */
export const reports: Migration = {
  name: '202611261100-reports',
  up: `
CREATE TABLE reports (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
  dataset_key text NOT NULL,
  query jsonb NOT NULL,
  chart jsonb NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id));
CREATE INDEX reports_updated ON reports (tenant_id, updated_at DESC);
${tenantTableSql('reports')}`,
  down: 'DROP TABLE reports;',
};
