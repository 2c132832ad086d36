import type { FastifyRequest } from 'fastify';
import type { PluginDefinition } from './plugin-definition.ts';
import { pluginOfRequest } from './plugin-of-request.ts';
import type { PluginRegistry } from './plugin-registry.ts';

/**
 * What the company's enabled plugins contributed to the calling plugin's extension point `point`, in
 * dependency order. Only the plugin that declares the point reads it.
 */
export function contributionsTo<T>(req: FastifyRequest, point: string): T[] {
  const owner = pluginOfRequest(req);
  if (!owner || !req.principal) throw new TypeError('only a signed-in request to a plugin route can read contributions');
  return contributionsOf<T>(req.server.plugins, owner, point, req.principal.access.context.enabledPlugins);
}

/** What the `enabled` plugins contributed to `owner`'s extension point `point`. */
export function contributionsOf<T>(registry: PluginRegistry, owner: string, point: string, enabled: readonly string[]): T[] {
  if (!registry.get(owner)?.extensionPoints?.[point]) throw new TypeError(`${owner} declares no extension point ${point}`);
  return registry
    .all()
    .filter((plugin) => enabled.includes(plugin.name))
    .flatMap((plugin) => (plugin.contributes?.[`${owner}.${point}`] ?? []) as T[]);
}

/** Problems with a plugin's contributions: each names a declared point of a plugin it requires. */
export function contributionProblems(plugin: PluginDefinition, known: readonly PluginDefinition[]): string[] {
  return Object.keys(plugin.contributes ?? {}).flatMap((key) => {
    const [owner = '', point = ''] = key.split(/\.(.*)/s);
    if (!Object.hasOwn(plugin.requires ?? {}, owner)) return [`/contributes/${key}: contributes to ${owner}, which it does not require`];
    const declared = known.find((p) => p.name === owner)?.extensionPoints ?? {};
    return Object.hasOwn(declared, point) ? [] : [`/contributes/${key}: ${owner} has no extension point "${point}"`];
  });
}
