import { NotFoundError } from '../http/core-errors.ts';
import type { PluginDefinition } from './plugin-definition.ts';

/** The plugins a server process serves, in dependency order, and who requires whom among them. */
export class PluginRegistry {
  readonly #byName: ReadonlyMap<string, PluginDefinition>;

  constructor(plugins: readonly PluginDefinition[]) {
    this.#byName = new Map(plugins.map((p) => [p.name, p]));
  }

  all(): PluginDefinition[] {
    return [...this.#byName.values()];
  }

  get(name: string): PluginDefinition | undefined {
    return this.#byName.get(name);
  }

  /** The served plugin `name`, or 404 for a request that names one this process does not serve. */
  served(name: string): PluginDefinition {
    const plugin = this.#byName.get(name);
    if (!plugin) throw new NotFoundError({ resource: 'plugin' });
    return plugin;
  }

  /** `name` and everything it requires, directly or not, requirements first. */
  withRequirements(name: string): string[] {
    const order: string[] = [];
    const visit = (current: string): void => {
      if (order.includes(current)) return;
      for (const dependency of Object.keys(this.#byName.get(current)?.requires ?? {}).sort()) visit(dependency);
      order.push(current);
    };
    visit(name);
    return order;
  }

  /** The served plugins that require `name` directly. */
  requiredBy(name: string): string[] {
    return this.all()
      .filter((p) => Object.hasOwn(p.requires ?? {}, name))
      .map((p) => p.name);
  }
}
