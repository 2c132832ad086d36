import type { PluginDefinition } from '../../plugin-runtime/plugin-definition.ts';
import type { OptionUsageCounter } from '../../taxonomy/option-usage.ts';
import { customFieldTables, customProperty } from './customizable-resources.ts';

/**
 * Custom field values holding an option of a set (`countValues`), and custom fields offering the set
 * (`countSet`): an option records hold, or a set a field offers, cannot be deleted; disable it instead.
 */
export function customFieldOptionUsage(plugins: readonly PluginDefinition[]): OptionUsageCounter {
  const tables = customFieldTables(plugins);
  return {
    key: 'forms.custom-fields',
    title: { 'zh-CN': '自定义字段', 'en-US': 'custom fields' },
    countValues: async ({ em }, setKey, values) => {
      const fields = await em.execute<{ resource: string; key: string }[]>('SELECT resource, key FROM custom_fields WHERE option_set = ?', [setKey]);
      let total = 0;
      for (const field of fields) {
        const table = tables.get(field.resource);
        if (!table) continue;
        // jsonb_exists_any: the `?|` operator would read as a placeholder
        const [row] = await em.execute<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${table}
           WHERE ${customProperty}->>? = ANY(ARRAY[?]::text[]) OR jsonb_exists_any(${customProperty}->?, ARRAY[?]::text[])`,
          [field.key, [...values], field.key, [...values]],
        );
        total += row?.n ?? 0;
      }
      return total;
    },
    countSet: async ({ em }, setKey) => {
      const [row] = await em.execute<{ n: number }[]>('SELECT count(*)::int AS n FROM custom_fields WHERE option_set = ?', [setKey]);
      return row?.n ?? 0;
    },
  };
}
