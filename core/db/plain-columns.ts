import type { EntityName, EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface PlainColumn {
  readonly field: string;
  readonly column: string;
  readonly isDate: boolean;
  /** bigint columns mapped to numbers (money in fen) arrive from the driver as strings. */
  readonly isNumber: boolean;
}

/** How to read each field of an entity from a raw row: its column and the JavaScript type it maps to. */
export function plainColumns(em: EntityManager, entity: EntityName<object>, fields: readonly string[]): PlainColumn[] {
  const properties: Partial<Record<string, EntityProperty>> = em.getMetadata().get(entity).properties;
  return fields.map((field) => {
    const property = properties[field];
    return {
      field,
      column: property?.fieldNames[0] ?? field,
      isDate: property?.runtimeType === 'Date',
      isNumber: property?.runtimeType === 'number',
    };
  });
}

/** A driver value as the entity property's type (text → Date or number where the property says so). */
export function plainValue(value: unknown, column: PlainColumn): unknown {
  if (typeof value !== 'string') return value;
  return column.isDate ? new Date(value) : column.isNumber ? Number(value) : value;
}
