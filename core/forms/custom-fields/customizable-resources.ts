import type { EntitySchema } from '@mikro-orm/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PluginDefinition } from '../../plugin-runtime/plugin-definition.ts';
import type { ResourceDefinition } from '../../plugin-runtime/resources/resource-definition.ts';

/** The entity property (and `custom jsonb` column) a resource keeps its custom field values in. */
export const customProperty = 'custom';

/** How custom fields name a resource: `<plugin>.<resource>`. */
export const customResourceKey = (plugin: string, resource: string): string => `${plugin}.${resource}`;

/** Whether a resource takes custom fields: it did not opt out (its entity then has the `custom` property). */
export const takesCustomFields = (resource: ResourceDefinition): boolean => resource.customFields !== false;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entity schema of any entity type
export const entityHasCustomProperty = (entity: EntitySchema<any>): boolean => customProperty in entity.meta.properties;

export interface CustomizableResource {
  readonly key: string;
  readonly plugin: PluginDefinition;
  readonly resource: ResourceDefinition;
}

/** The resources of the principal's enabled modules that take custom fields. */
export function customizableResources(req: FastifyRequest): CustomizableResource[] {
  const enabled = new Set(req.principal?.access.context.enabledPlugins ?? []);
  return customizableOf(req.server, (plugin) => enabled.has(plugin));
}

/** Every installed resource that takes custom fields, enabled or not (`only` narrows the plugins). */
export function customizableOf(app: FastifyInstance, only: (plugin: string) => boolean = () => true): CustomizableResource[] {
  return app.plugins
    .all()
    .filter((plugin) => only(plugin.name))
    .flatMap((plugin) =>
      (plugin.resources ?? []).filter(takesCustomFields).map((resource) => ({ key: customResourceKey(plugin.name, resource.name), plugin, resource })),
    );
}

/** Custom-field resource keys by the subject their records are (for field rules, which name subjects). */
export function resourceKeysBySubject(app: FastifyInstance): Map<string, string[]> {
  const bySubject = new Map<string, string[]>();
  for (const { key, resource } of customizableOf(app)) bySubject.set(resource.subject, [...(bySubject.get(resource.subject) ?? []), key]);
  return bySubject;
}

const plainTableName = /^[a-z_][a-z0-9_]*$/;

/** Resource key → its table, for the installed resources that take custom fields. */
export function customFieldTables(plugins: readonly PluginDefinition[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const plugin of plugins) {
    for (const resource of (plugin.resources ?? []).filter(takesCustomFields)) {
      const table = resource.entity.meta.tableName;
      if (typeof table === 'string' && plainTableName.test(table)) tables.set(customResourceKey(plugin.name, resource.name), table);
    }
  }
  return tables;
}
