import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Uploaded files (form file and image fields). The bytes live in PostgreSQL so RLS fences them like any
 * other row; a file is found only by its generated id, never by its original name.
 */
export const files: Migration = {
  name: '202611271000-files',
  up: `
CREATE TABLE files (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 255),
  content_type text NOT NULL,
  size integer NOT NULL CHECK (size BETWEEN 1 AND 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id));
${tenantTableSql('files', 'SELECT, INSERT, DELETE')}`,
  down: 'DROP TABLE files;',
};
