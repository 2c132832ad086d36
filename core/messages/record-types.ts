import type { EntitySchema } from '@mikro-orm/core';
import type { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';

export interface RecordType {
  /** The plugin that declares the record type; its records count only while the company has it enabled. */
  readonly plugin: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entity schema of any entity type
  readonly entity: EntitySchema<any>;
}

/**
 * Where records of an access subject live, from the `resources` the served plugins declare: what a
 * message about a record needs to check, each time it is shown, that the reader may still read it.
 * A subject no resource declares has no record type, so messages about it never show their text.
 */
export function recordTypeOf(plugins: PluginRegistry, subject: string): RecordType | undefined {
  for (const plugin of plugins.all()) {
    const resource = plugin.resources?.find((r) => r.subject === subject);
    if (resource) return { plugin: plugin.name, entity: resource.entity };
  }
  return undefined;
}
