import { Ajv } from 'ajv';
import { pluginManifest } from '@tessera/schemas/plugin';
import type { PluginDefinition } from './plugin-definition.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(pluginManifest);

/** The manifest's problems as `path: message` lines, or none. */
export function manifestErrors(candidate: unknown): string[] {
  if (!candidate || typeof candidate !== 'object') return ['the entry does not export a plugin definition'];
  if (check(candidate)) {
    const routes = (candidate as PluginDefinition).routes;
    return routes === undefined || typeof routes === 'function' ? [] : ['/routes: must be a fastify plugin function'];
  }
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
}
