/** Every spelling of a new plugin's name the templates need, derived once from `service-tickets`. */
export interface PluginNames {
  /** `service-tickets`: folder, manifest name, route prefix. */
  readonly name: string;
  /** `Service Tickets`: the placeholder titles. */
  readonly words: string;
  /** `serviceTickets`: exported constants. */
  readonly camel: string;
  /** `ServiceTicketsItem`: the entity and its access subject. */
  readonly entity: string;
  /** `service_tickets_items`: the table. */
  readonly table: string;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function pluginNames(name: string): PluginNames {
  const parts = name.split('-');
  const pascal = parts.map(capitalized).join('');
  return {
    name,
    words: parts.map(capitalized).join(' '),
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    entity: `${pascal}Item`,
    table: `${parts.join('_')}_items`,
  };
}
