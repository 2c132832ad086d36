import type { OptionSetSummary, OptionSetView, OptionView } from '@tessera/schemas/option-set';
import type { Locale } from '../../i18n/translate.ts';
import type { PluginRegistry } from '../../plugin-runtime/plugin-registry.ts';
import { inTreeOrder } from '../domain/option-tree.ts';
import type { Option } from '../entities/option.ts';
import type { OptionSet } from '../entities/option-set.ts';

/** What the views need of a set; the list reads it from SQL, the detail from the entity. */
export interface OptionSetRecord {
  key: string;
  nameZh: string;
  nameEn: string;
  plugin: string | null | undefined;
  createdAt: Date;
  updatedAt: Date;
}

export function toOptionView(option: Option, depth: number): OptionView {
  return {
    value: option.value,
    parentValue: option.parentValue ?? null,
    label: { 'zh-CN': option.labelZh, 'en-US': option.labelEn },
    color: option.color ?? null,
    sortOrder: option.sortOrder,
    disabled: option.disabled,
    declared: option.declared,
    depth,
  };
}

/** Declared by a module this process serves: such a set cannot be deleted. */
export function isBuiltIn(set: Pick<OptionSetRecord, 'plugin'>, plugins: PluginRegistry): boolean {
  return !!set.plugin && plugins.get(set.plugin) !== undefined;
}

export function toOptionSetSummary(set: OptionSetRecord, optionCount: number, plugins: PluginRegistry, locale: Locale): OptionSetSummary {
  const plugin = set.plugin ?? null;
  return {
    key: set.key,
    name: { 'zh-CN': set.nameZh, 'en-US': set.nameEn },
    plugin,
    pluginTitle: plugin ? (plugins.get(plugin)?.title[locale] ?? plugin) : null,
    builtIn: isBuiltIn(set, plugins),
    optionCount,
    createdAt: new Date(set.createdAt).toISOString(),
    updatedAt: new Date(set.updatedAt).toISOString(),
  };
}

/** The set with its options in tree order: parents first, siblings by sort order. */
export function toOptionSetView(set: OptionSet, options: readonly Option[], plugins: PluginRegistry, locale: Locale): OptionSetView {
  return {
    ...toOptionSetSummary(set, options.length, plugins, locale),
    options: inTreeOrder(options).map(({ option, depth }) => toOptionView(option, depth)),
  };
}
