import type { EntitySchema } from '@mikro-orm/core';
import type { FastifyPluginAsync } from 'fastify';
import type { LocalizedText, ScopeAttributeDeclaration, SubjectDeclaration } from '../access/subject-registry.ts';
import type { Migration } from '../db/migration.ts';

/**
 * What a plugin hands the core. This is the part of the plugin contract (ARCHITECTURE.md) the access
 * control needs today: entities, migrations, permissions and routes; the plugin-runtime issue adds the
 * rest of the manifest, discovery, lifecycle and per-tenant enablement.
 */
export interface PluginDefinition {
  /** Lower-case, also the route prefix `/api/p/<name>/` and the migration scope. */
  readonly name: string;
  readonly version: string;
  /** The module's name people read, e.g. in the role editor's groups; the name when absent. */
  readonly title?: LocalizedText;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entity schemas of any entity type
  readonly entities?: readonly EntitySchema<any>[];
  readonly migrations?: readonly Migration[];
  readonly permissions?: {
    readonly subjects?: readonly Omit<SubjectDeclaration, 'group'>[];
    readonly attributes?: readonly Omit<ScopeAttributeDeclaration, 'group'>[];
  };
  readonly routes?: FastifyPluginAsync;
}

export function definePlugin<const P extends PluginDefinition>(plugin: P): P {
  return plugin;
}
