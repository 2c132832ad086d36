import type { EntityManager } from '@mikro-orm/postgresql';
import { type Locale, translate } from '../i18n/translate.ts';

/**
 * The names people read for the bound tenant's roles `keys`: built-in roles in the reader's language,
 * custom roles as the tenant named them. Keys without a role are left out.
 */
export async function roleNamesOf(em: EntityManager, keys: readonly string[], locale: Locale): Promise<Record<string, string>> {
  if (keys.length === 0) return {};
  const rows = await em.execute<{ key: string; name: string; built_in: boolean }[]>(
    'SELECT key, name, built_in FROM roles WHERE key IN (?)',
    [[...keys]],
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.built_in ? translate(locale, `roles.${r.key}`) : r.name]));
}
