import type { OptionView } from '@tessera/schemas/option-set';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptionSet } from './entities/option-set.ts';
import { optionsOf } from './option-set-store.ts';
import { inTreeOrder } from './domain/option-tree.ts';
import { toOptionView } from './views/option-set-view.ts';

/**
 * The options of the bound company's set `key`, in tree order (parents first, siblings in order), or
 * null when it has no such set: what forms expand `x-options: '<key>'` into. Disabled options are
 * included and marked, so stored values still show their label; offer only the enabled ones for new input.
 */
export async function optionChoices(em: EntityManager, key: string): Promise<OptionView[] | null> {
  if (!(await em.count(OptionSet, { key }))) return null;
  return inTreeOrder(await optionsOf(em, key)).map(({ option, depth }) => toOptionView(option, depth));
}

interface ChoiceRow {
  set_key: string;
  value: string | null;
  parent_value: string | null;
  label_zh: string;
  label_en: string;
  color: string | null;
  sort_order: number;
  disabled: boolean;
  declared: boolean;
}

/**
 * `optionChoices` of several sets in one statement (a form names a few): set key → its options in tree
 * order; a set the company lacks has no entry.
 */
export async function optionChoicesOfSets(em: EntityManager, keys: readonly string[]): Promise<Map<string, OptionView[]>> {
  if (keys.length === 0) return new Map();
  const rows = await em.execute<ChoiceRow[]>(
    `SELECT s.key AS set_key, o.value, o.parent_value, o.label_zh, o.label_en, o.color, o.sort_order, o.disabled, o.declared
     FROM option_sets s LEFT JOIN options o ON o.tenant_id = s.tenant_id AND o.set_key = s.key
     WHERE s.key = ANY(ARRAY[?]::text[])`,
    [[...keys]],
  );
  const bySet = new Map<string, TreeRow[]>();
  for (const row of rows) {
    const options = bySet.get(row.set_key) ?? [];
    bySet.set(row.set_key, options);
    if (row.value !== null) options.push({ ...row, value: row.value, parentValue: row.parent_value, sortOrder: row.sort_order });
  }
  return new Map(
    [...bySet].map(([key, options]) => [
      key,
      inTreeOrder(options).map(({ option, depth }) => ({
        value: option.value,
        parentValue: option.parentValue,
        label: { 'zh-CN': option.label_zh, 'en-US': option.label_en },
        color: option.color,
        sortOrder: option.sortOrder,
        disabled: option.disabled,
        declared: option.declared,
        depth,
      })),
    ]),
  );
}

type TreeRow = Omit<ChoiceRow, 'value'> & { value: string; parentValue: string | null; sortOrder: number };
