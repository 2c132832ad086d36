import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Forms (表单): a form's editable draft, its immutable published versions, and the submissions, each
 * made against one version (which it keeps: old submissions stay valid when the form changes). Versions
 * are insert-only for the app role. Schemas are stored as `json`, not `jsonb`: the order of a form's
 * fields is the order of its schema's properties, which jsonb would not keep. Submissions keep their
 * data as jsonb, indexed for filtering by any field, with their workflow status and its comments.
 */
export const forms: Migration = {
  name: '202611241300-forms',
  up: `
CREATE TABLE forms (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
  draft_schema json NOT NULL,
  draft_ui_schema json NOT NULL DEFAULT '{}',
  settings jsonb NOT NULL DEFAULT '{}',
  latest_version integer,
  draft_changed boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id));
${tenantTableSql('forms')}
CREATE TABLE form_versions (
  tenant_id uuid NOT NULL,
  form_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  schema json NOT NULL,
  ui_schema json NOT NULL,
  settings jsonb NOT NULL,
  published_by uuid NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, form_id, version),
  FOREIGN KEY (tenant_id, form_id) REFERENCES forms (tenant_id, id) ON DELETE CASCADE);
${tenantTableSql('form_versions', 'SELECT, INSERT')}
CREATE TABLE form_submissions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  form_id uuid NOT NULL,
  version integer NOT NULL,
  data jsonb NOT NULL,
  submitter_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'reviewed', 'approved', 'rejected')),
  submitted_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, form_id, version) REFERENCES form_versions (tenant_id, form_id, version));
CREATE INDEX form_submissions_form ON form_submissions (tenant_id, form_id, submitted_at DESC);
CREATE INDEX form_submissions_submitter ON form_submissions (tenant_id, form_id, submitter_id);
CREATE INDEX form_submissions_data ON form_submissions USING gin (data jsonb_path_ops);
${tenantTableSql('form_submissions')}
CREATE TABLE form_submission_events (
  tenant_id uuid NOT NULL,
  submission_id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  author_id uuid NOT NULL,
  status text CHECK (status IN ('submitted', 'reviewed', 'approved', 'rejected')),
  comment text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, submission_id, seq),
  FOREIGN KEY (tenant_id, submission_id) REFERENCES form_submissions (tenant_id, id) ON DELETE CASCADE);
${tenantTableSql('form_submission_events', 'SELECT, INSERT')}`,
  down: 'DROP TABLE form_submission_events; DROP TABLE form_submissions; DROP TABLE form_versions; DROP TABLE forms;',
};
