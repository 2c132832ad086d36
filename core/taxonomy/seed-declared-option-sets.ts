import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { flattenDeclaredOptions } from './domain/declared-options.ts';

const insertSetSql = `INSERT INTO option_sets (tenant_id, key, name_zh, name_en, plugin) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, key) DO NOTHING`;

// one statement for the whole tree: the parent foreign key is checked at its end, so order inside does not matter
const insertOptionsSql = `INSERT INTO options (tenant_id, set_key, value, parent_value, label_zh, label_en, color, sort_order, declared)
  SELECT ?, ?, r.value, r.parent_value, r.label_zh, r.label_en, r.color, r.sort_order, true
    FROM jsonb_to_recordset(?::jsonb) AS r(value text, parent_value text, label_zh text, label_en text, color text, sort_order integer)
  ON CONFLICT (tenant_id, set_key, value) DO NOTHING`;

/**
 * Gives the company the option sets `plugin` declares, in the transaction that enables it: a missing set
 * is created, and declared options it lacks are added. What the company already has (its labels, colors,
 * order, disabled options, its own options) stays as it is, so enabling again never undoes its changes.
 */
export async function seedDeclaredOptionSets(em: EntityManager, tenantId: string, plugin: PluginDefinition | undefined): Promise<void> {
  for (const set of plugin?.optionSets ?? []) {
    await em.execute(insertSetSql, [tenantId, set.key, set.name['zh-CN'], set.name['en-US'], plugin?.name ?? null]);
    const rows = flattenDeclaredOptions(set.options).map((o) => ({
      value: o.value,
      parent_value: o.parentValue,
      label_zh: o.label['zh-CN'],
      label_en: o.label['en-US'],
      color: o.color,
      sort_order: o.sortOrder,
    }));
    if (rows.length > 0) await em.execute(insertOptionsSql, [tenantId, set.key, JSON.stringify(rows)]);
  }
}
