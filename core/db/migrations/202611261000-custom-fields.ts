import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Custom fields (自定义字段): fields a company adds to a module's record type. Their values live in the
 * record's own `custom jsonb` column (see docs/forms.md); this table only declares them.
 */
export const customFields: Migration = {
  name: '202611261000-custom-fields',
  up: `
CREATE TABLE custom_fields (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  resource text NOT NULL,
  key text NOT NULL CHECK (key ~ '^[a-z][a-zA-Z0-9]{0,39}$'),
  type text NOT NULL CHECK (type IN ('text', 'textarea', 'integer', 'number', 'money', 'date', 'date-time', 'boolean', 'option', 'options')),
  option_set text CHECK ((option_set IS NOT NULL) = (type IN ('option', 'options'))),
  title_zh text NOT NULL CHECK (char_length(title_zh) BETWEEN 1 AND 100),
  title_en text NOT NULL DEFAULT '' CHECK (char_length(title_en) <= 100),
  description_zh text NOT NULL DEFAULT '' CHECK (char_length(description_zh) <= 200),
  description_en text NOT NULL DEFAULT '' CHECK (char_length(description_en) <= 200),
  required boolean NOT NULL DEFAULT false,
  constraints jsonb NOT NULL DEFAULT '{}',
  in_list boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, resource, key));
${tenantTableSql('custom_fields')}`,
  down: 'DROP TABLE custom_fields;',
};
