import type { EntityManager } from '@mikro-orm/postgresql';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyRequest } from 'fastify';
import type { PluginDefinition } from './plugin-definition.ts';
import { pluginOfRequest } from './plugin-of-request.ts';

// Settings are checked as sent (no coercion); defaults from the schema fill what is missing.
const ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: false, strict: false });
addFormats.default(ajv);
const validators = new WeakMap<PluginDefinition, ValidateFunction>();
const emptySchema = { type: 'object', additionalProperties: false, properties: {} };

/** The plugin's settings schema as the admin sees it; a plugin without one has no settings. */
export function settingsSchemaOf(plugin: PluginDefinition): Record<string, unknown> {
  return plugin.settings ?? emptySchema;
}

/** The compiled settings validator of a plugin (compiled once). Throws when the schema does not compile. */
export function settingsValidator(plugin: PluginDefinition): ValidateFunction {
  let validate = validators.get(plugin);
  if (!validate) {
    validate = ajv.compile(settingsSchemaOf(plugin));
    validators.set(plugin, validate);
  }
  return validate;
}

/**
 * Whether the bound tenant has `plugin` enabled, and its settings there, defaults filled in (stored values
 * that no longer fit the schema are kept as they are).
 */
export async function readTenantPlugin(
  em: EntityManager,
  plugin: PluginDefinition,
): Promise<{ enabled: boolean; values: Record<string, unknown> }> {
  const [row] = await em.execute<{ enabled: boolean; settings: Record<string, unknown> }[]>(
    'SELECT enabled, settings FROM tenant_plugins WHERE plugin = ?',
    [plugin.name],
  );
  const values = structuredClone(row?.settings ?? {});
  settingsValidator(plugin)(values);
  return { enabled: row?.enabled ?? false, values };
}

/** The bound tenant's settings of `plugin`, defaults filled in. */
export async function readPluginSettings(em: EntityManager, plugin: PluginDefinition): Promise<Record<string, unknown>> {
  return (await readTenantPlugin(em, plugin)).values;
}

/** The calling plugin's settings for the request's company. */
export function pluginSettings<T extends Record<string, unknown>>(req: FastifyRequest): Promise<T> {
  const name = pluginOfRequest(req);
  const plugin = name ? req.server.plugins.get(name) : undefined;
  if (!plugin) throw new TypeError('only a plugin route has plugin settings');
  return readPluginSettings(req.em, plugin) as Promise<T>;
}
