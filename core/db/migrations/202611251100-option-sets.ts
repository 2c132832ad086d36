import { type Migration, tenantTableSql } from '../migration.ts';

const readOptionSets = `'[{"action":"read","subject":"OptionSet"}]'::jsonb`;

/**
 * Option sets (自定义选项分类): a company's sets and the tree of options in each. An option's `value` is
 * what records store, so it is part of the key and never changes; a parent is another option of the same
 * set (deleting one deletes its sub-options, which the API allows only when none is in use). `plugin`
 * names the module that declared a set. Existing companies' built-in member role learns to read option
 * sets, as new companies' does (FORCE is lifted from `roles` inside this transaction so a migrating
 * owner that is not a superuser sees every company's row).
 */
export const optionSets: Migration = {
  name: '202611251100-option-sets',
  up: `
CREATE TABLE option_sets (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  key text NOT NULL CHECK (char_length(key) BETWEEN 2 AND 40 AND key ~ '^[a-z][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)?$'),
  name_zh text NOT NULL CHECK (char_length(name_zh) BETWEEN 1 AND 100),
  name_en text NOT NULL DEFAULT '' CHECK (char_length(name_en) <= 100),
  plugin text CHECK (plugin IS NULL OR key LIKE plugin || '.%'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);
CREATE INDEX option_sets_updated_idx ON option_sets (tenant_id, updated_at DESC);

CREATE TABLE options (
  tenant_id uuid NOT NULL,
  set_key text NOT NULL,
  value text NOT NULL CHECK (char_length(value) BETWEEN 1 AND 64 AND value = btrim(value) AND strpos(value, '/') = 0),
  parent_value text,
  label_zh text NOT NULL CHECK (char_length(label_zh) BETWEEN 1 AND 100),
  label_en text NOT NULL DEFAULT '' CHECK (char_length(label_en) <= 100),
  color text CHECK (color ~ '^#[0-9a-f]{6}$'),
  sort_order integer NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
  disabled boolean NOT NULL DEFAULT false,
  declared boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, set_key, value),
  FOREIGN KEY (tenant_id, set_key) REFERENCES option_sets (tenant_id, key) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, set_key, parent_value) REFERENCES options (tenant_id, set_key, value) ON DELETE CASCADE,
  CHECK (parent_value IS DISTINCT FROM value)
);
CREATE INDEX options_parent_idx ON options (tenant_id, set_key, parent_value, sort_order);

${tenantTableSql('option_sets')}
${tenantTableSql('options')}

ALTER TABLE roles NO FORCE ROW LEVEL SECURITY;
UPDATE roles SET rules = rules || ${readOptionSets}
  WHERE key = 'member' AND built_in AND NOT rules @> ${readOptionSets};
ALTER TABLE roles FORCE ROW LEVEL SECURITY;
`,
  down: `
ALTER TABLE roles NO FORCE ROW LEVEL SECURITY;
UPDATE roles SET rules = (SELECT coalesce(jsonb_agg(r ORDER BY n), '[]'::jsonb)
                            FROM jsonb_array_elements(rules) WITH ORDINALITY AS e(r, n)
                           WHERE r <> '{"action":"read","subject":"OptionSet"}'::jsonb)
  WHERE key = 'member' AND built_in;
ALTER TABLE roles FORCE ROW LEVEL SECURITY;
DROP TABLE options;
DROP TABLE option_sets;
`,
};
