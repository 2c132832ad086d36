import type { Locale } from '../i18n/translate.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';

/** Whether a listing matches the catalog's filters: its category, and `search` in its name, titles or description. */
export function listingMatches(plugin: PluginDefinition, query: { category?: string; search?: string }, locale: Locale): boolean {
  if (query.category && plugin.category !== query.category) return false;
  if (!query.search) return true;
  const needle = query.search.toLocaleLowerCase();
  const haystack = [plugin.name, plugin.title['zh-CN'], plugin.title['en-US'], plugin.description?.[locale] ?? ''];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
}
