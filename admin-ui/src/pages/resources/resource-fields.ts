import type { ResourceView } from '../../api/ui-extensions-api.ts';

export type ResourceFieldType = NonNullable<ResourceView['fieldTypes'][string]>;

/** One choice of an enum field: `value` as the URL and a Select carry it, `raw` as the record has it. */
export interface FieldOption {
  value: string;
  label: string;
  raw: unknown;
}

type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The segments of a field name: a top-level field (`title`) or a member of an object field, such as a
 * custom field (`custom.<key>`, kept in the record's `custom` object). Plugin field names have no dots.
 */
function pathOf(field: string): string[] {
  return field.split('.');
}

/** The JSON Schema of one field of the resource's records (`custom.<key>` under `properties.custom`). */
export function fieldSchemaOf(resource: ResourceView, field: string): JsonObject | undefined {
  let schema: JsonObject | undefined = resource.schema;
  for (const segment of pathOf(field)) {
    const properties: unknown = schema?.properties;
    const property = isJsonObject(properties) ? properties[segment] : undefined;
    schema = isJsonObject(property) ? property : undefined;
  }
  return schema;
}

/** A field's value in a record: `record.title`, or `record.custom?.<key>` for `custom.<key>`. */
export function fieldValueOf(record: Readonly<Record<string, unknown>>, field: string): unknown {
  let value: unknown = record;
  for (const segment of pathOf(field)) value = isJsonObject(value) ? value[segment] : undefined;
  return value;
}

/** The field's localized title (the server fills it in the user's language), else its name. */
export function fieldTitleOf(resource: ResourceView, field: string): string {
  const title = fieldSchemaOf(resource, field)?.title;
  return typeof title === 'string' && title ? title : field;
}

export function fieldTypeOf(resource: ResourceView, field: string): ResourceFieldType {
  return resource.fieldTypes[field] ?? 'string';
}

/**
 * The choices of an enum field (`oneOf: [{const, title}]`, or a bare `enum`), or of the items of a
 * multi-choice field (an array of them); undefined for other fields.
 */
export function fieldOptionsOf(resource: ResourceView, field: string): FieldOption[] | undefined {
  const property = fieldSchemaOf(resource, field);
  const schema = property?.type === 'array' && isJsonObject(property.items) ? property.items : property;
  if (!schema) return undefined;
  if (Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.filter(isJsonObject).filter((choice) => 'const' in choice);
    if (options.length === 0) return undefined;
    return options.map((choice) => ({
      value: String(choice.const),
      label: typeof choice.title === 'string' ? choice.title : String(choice.const),
      raw: choice.const,
    }));
  }
  if (Array.isArray(schema.enum)) {
    return schema.enum
      .filter((value) => value !== null)
      .map((value) => ({ value: String(value), label: String(value), raw: value }));
  }
  return undefined;
}

/** The label of a value of an enum field, or undefined when the field has no choices or not this one. */
export function optionLabelOf(options: readonly FieldOption[] | undefined, value: unknown): string | undefined {
  return options?.find((option) => option.raw === value)?.label;
}

/** How a range filter reads its bounds: instants, calendar days, fen, integers or any number. */
export type RangeKind = 'time' | 'day' | 'money' | 'integer' | 'number';

export function rangeKindOf(resource: ResourceView, field: string): RangeKind {
  const type = fieldTypeOf(resource, field);
  if (type === 'date-time') return 'time';
  if (type === 'money' || type === 'integer') return type;
  const schema = fieldSchemaOf(resource, field);
  if (schema?.format === 'date') return 'day';
  return schema?.type === 'number' ? 'number' : 'integer';
}
