import type { EntityName, EntityProperty, MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parsePgTimestamp } from './pg-timestamp.ts';

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
  return column.isDate ? parsePgTimestamp(value) : column.isNumber ? Number(value) : value;
}

export type RowReader = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * A function that turns a raw row (keyed by column) into a plain row (keyed by field), compiled for one
 * set of columns: it builds every row as one object literal of a fixed shape, where a loop assigning
 * `row[field]` goes through V8's generic keyed store for every field of every row. Only names from entity
 * metadata reach the source text, each as a JSON string literal.
 */
function compileRowReader(columns: readonly PlainColumn[]): RowReader {
  const entries = columns.map(
    (column, index) => `${JSON.stringify(column.field)}: value(raw[${JSON.stringify(column.column)}], columns[${index}])`,
  );
  const build = new Function('value', 'columns', `return (raw) => ({ ${entries.join(', ')} });`) as (
    value: typeof plainValue,
    columns: readonly PlainColumn[],
  ) => RowReader;
  return build(plainValue, columns);
}

const readersByOrm = new WeakMap<MetadataStorage, Map<string, RowReader>>();
const maxReaders = 1000;

/** The row reader of an entity's fields, compiled once per entity and field list. */
export function rowReader(em: EntityManager, entity: EntityName<object>, fields: readonly string[]): RowReader {
  const meta = em.getMetadata();
  let readers = readersByOrm.get(meta);
  if (!readers) {
    readers = new Map();
    readersByOrm.set(meta, readers);
  }
  const key = `${meta.get(entity).className}\u0000${fields.join('\u0000')}`;
  let reader = readers.get(key);
  if (!reader) {
    reader = compileRowReader(plainColumns(em, entity, fields));
    if (readers.size >= maxReaders) readers.clear();
    readers.set(key, reader);
  }
  return reader;
}
