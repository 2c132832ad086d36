import type { PluginNames } from './plugin-names.ts';

/** `<yyyymmddhhmm>-<what-it-does>`, stamped with the time the plugin was generated (UTC). */
export function migrationName(n: PluginNames, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/\D/g, '');
  return `${stamp}-create-${n.table.replaceAll('_', '-')}`;
}

export function migrationsTemplate(n: PluginNames, name: string): string {
  return `import { customFieldsColumnSql, type Migration, tenantTableSql } from '@tessera/core/sdk';

/** Applied in name order and never edited once released: a change is a new migration with a real down(). */
export const ${n.camel}Migrations: readonly Migration[] = [
  {
    name: '${name}',
    up: \`
CREATE TABLE ${n.table} (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
  amount_fen bigint NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
  owner_id uuid NOT NULL,
  \${customFieldsColumnSql},
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id));
CREATE INDEX ON ${n.table} (tenant_id, owner_id);
\${tenantTableSql('${n.table}')}\`,
    down: 'DROP TABLE ${n.table};',
  },
];
`;
}
