import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Report exports (报表导出): a saved report's result rendered as CSV, XLSX or PDF by a job, with the
 * requester's access when the job runs. The row tracks the job (status, progress) and, once done, points
 * at the file in `files`; a failure keeps its problem code and variables, translated when read.
 */
export const reportExports: Migration = {
  name: '202611281000-report-exports',
  up: `
CREATE TABLE report_exports (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx', 'pdf')),
  options jsonb NOT NULL DEFAULT '{}',
  locale text NOT NULL CHECK (locale IN ('zh-CN', 'en-US')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  row_count integer CHECK (row_count >= 0),
  file_id uuid,
  problem_code text,
  problem_vars jsonb,
  requested_by uuid NOT NULL,
  token_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, file_id) REFERENCES files (tenant_id, id) ON DELETE SET NULL (file_id));
CREATE INDEX report_exports_requester ON report_exports (tenant_id, requested_by, created_at DESC);
${tenantTableSql('report_exports')}`,
  down: 'DROP TABLE report_exports;',
};
