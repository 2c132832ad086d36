import type { EntityName } from '@mikro-orm/core';

/** Comparison a list filter may use; anything else is refused by the route's query schema first. */
/** `contains`: a list field holds the value. */
export type FilterOperator = 'eq' | 'ne' | 'in' | 'gte' | 'lte' | 'contains';

export interface FieldFilter {
  /** A field of the subject, or a member of a JSON field as `<field>.<member>` (a custom field: `custom.<key>`). */
  readonly field: string;
  readonly op: FilterOperator;
  readonly value: unknown;
}

/** What rows a scoped read asks for, before the principal's own data scope is added. */
export interface ScopedWhere<E extends object> {
  readonly entity: EntityName<E>;
  /** The access subject the rows are, e.g. `SalesOrder`; its fields are the entity's property names. */
  readonly subject: string;
  readonly filters?: readonly FieldFilter[];
  /**
   * A free-text term matched (case-insensitively, as a substring) against the given fields. Fields the
   * caller named are refused when the principal may not query them; with `readableOnly` (a list's default
   * search fields) they are left out instead, so the search still works and reveals nothing.
   */
  readonly search?: { readonly term: string; readonly fields: readonly string[]; readonly readableOnly?: boolean };
}
