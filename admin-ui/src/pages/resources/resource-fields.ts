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

/** The JSON Schema of one field of the resource's records. */
export function fieldSchemaOf(resource: ResourceView, field: string): JsonObject | undefined {
  const properties = resource.schema.properties;
  if (!isJsonObject(properties)) return undefined;
  const property = properties[field];
  return isJsonObject(property) ? property : undefined;
}

/** The field's localized title (the server fills it in the user's language), else its name. */
export function fieldTitleOf(resource: ResourceView, field: string): string {
  const title = fieldSchemaOf(resource, field)?.title;
  return typeof title === 'string' && title ? title : field;
}

export function fieldTypeOf(resource: ResourceView, field: string): ResourceFieldType {
  return resource.fieldTypes[field] ?? 'string';
}

/** The choices of an enum field (`oneOf: [{const, title}]`, or a bare `enum`); undefined for other fields. */
export function fieldOptionsOf(resource: ResourceView, field: string): FieldOption[] | undefined {
  const schema = fieldSchemaOf(resource, field);
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
