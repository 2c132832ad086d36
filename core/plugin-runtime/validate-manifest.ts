import { Ajv } from 'ajv';
import { pluginManifest } from '@tessera/schemas/plugin';
import type { PluginDefinition } from './plugin-definition.ts';
import { settingsValidator } from './plugin-settings.ts';
import { declaredOptionSetProblems } from '../taxonomy/domain/declared-options.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(pluginManifest);

/** The manifest's problems as `path: message` lines, or none. */
export function manifestErrors(candidate: unknown): string[] {
  if (!candidate || typeof candidate !== 'object') return ['the entry does not export a plugin definition'];
  if (check(candidate)) {
    const plugin = candidate as PluginDefinition;
    const errors: string[] = [];
    if (plugin.routes !== undefined && typeof plugin.routes !== 'function') errors.push('/routes: must be a fastify plugin function');
    for (const [i, name] of (plugin.events?.emits ?? []).entries()) {
      if (typeof name !== 'string' || !name.startsWith(`${plugin.name}.`)) {
        errors.push(`/events/emits/${i}: an emitted event's name starts with "${plugin.name}."`);
      }
    }
    if (plugin.settings !== undefined) {
      try {
        settingsValidator(plugin);
      } catch (error) {
        errors.push(`/settings: not a usable JSON Schema (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    errors.push(...declaredOptionSetProblems(plugin.name, plugin.optionSets ?? []));
    return errors;
  }
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
}
