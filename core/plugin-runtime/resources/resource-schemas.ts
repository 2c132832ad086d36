import { pageQueryProperties } from '@tessera/schemas/common';
import type { SubjectFieldType } from '../../access/subject-registry.ts';
import { customFilterParam, customSortParam } from '../../forms/custom-fields/custom-field-query.ts';
import { customProperty, takesCustomFields } from '../../forms/custom-fields/customizable-resources.ts';
import type { ResourceDefinition, ResourceProperty } from './resource-definition.ts';

type Schema = Record<string, unknown>;

/** Keywords that only document or drive the form; the API's validators and serializers never need them. */
const presentationKeywords = new Set(['readOnly', 'title', 'description', 'examples']);

const forApi = (property: ResourceProperty): Schema =>
  Object.fromEntries(Object.entries(property).filter(([key]) => !presentationKeywords.has(key)));

/** The properties a body may carry: not read-only, not the owner (set from the signed-in user). */
export function writableFields(resource: ResourceDefinition): string[] {
  return Object.entries(resource.schema.properties)
    .filter(([field, property]) => property.readOnly !== true && field !== resource.ownerField)
    .map(([field]) => field);
}

/** Every field a record shows: `id`, the schema's properties and, when it takes custom fields, `custom`. */
export function viewFields(resource: ResourceDefinition): string[] {
  return [
    'id',
    ...Object.keys(resource.schema.properties).filter((field) => field !== 'id'),
    ...(takesCustomFields(resource) ? [customProperty] : []),
  ];
}

/**
 * The custom field values a body may carry (checked against the company's fields when it arrives) and a
 * record shows (the fields the reader may see).
 */
const customValues = (): Schema => ({ type: 'object', maxProperties: 400, additionalProperties: true });

function withCustom(resource: ResourceDefinition, properties: Schema): Schema {
  return takesCustomFields(resource) ? { ...properties, [customProperty]: customValues() } : properties;
}

function writeProperties(resource: ResourceDefinition, withDefaults: boolean): Schema {
  return Object.fromEntries(
    writableFields(resource).map((field) => {
      const { default: _default, ...rest } = forApi(resource.schema.properties[field] ?? {});
      return [field, withDefaults && _default !== undefined ? { ...rest, default: _default } : rest];
    }),
  );
}

export function createBodySchema(resource: ResourceDefinition): Schema {
  const writable = new Set(writableFields(resource));
  const defaulted = new Set(Object.keys(resource.defaults ?? {}));
  return {
    type: 'object',
    additionalProperties: false,
    required: (resource.schema.required ?? []).filter((field) => writable.has(field) && !defaulted.has(field)),
    // the validator fills a create body's defaults; an update's would overwrite what it does not send
    properties: withCustom(resource, writeProperties(resource, true)),
  };
}

export function updateBodySchema(resource: ResourceDefinition): Schema {
  return { type: 'object', additionalProperties: false, minProperties: 1, properties: withCustom(resource, writeProperties(resource, false)) };
}

const withNull = (type: unknown): unknown =>
  Array.isArray(type) ? [...new Set([...(type as unknown[]), 'null'])] : type === undefined ? undefined : [type, 'null'];

/** Keywords the answer's serializer must not see: a `default` would fill in a field that was masked. */
const validationOnly = new Set(['default', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'uniqueItems', 'required', 'minProperties', 'maxProperties']);

function answerSchema(schema: Schema): Schema {
  const shaped: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (validationOnly.has(key) || presentationKeywords.has(key)) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      shaped[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, answerSchema(sub as Schema)]));
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      shaped[key] = answerSchema(value as Schema);
    } else {
      shaped[key] = value;
    }
  }
  return shaped;
}

/** A record as answered: every field optional (field rules may hide it) and nullable, objects with their shape. */
export function viewSchema(resource: ResourceDefinition): Schema {
  const properties: Schema = { id: { type: 'string', format: 'uuid' } };
  for (const [field, property] of Object.entries(resource.schema.properties)) {
    const shaped = answerSchema(property);
    properties[field] = shaped['type'] === undefined ? shaped : { ...shaped, type: withNull(shaped['type']) };
  }
  return { type: 'object', additionalProperties: false, properties: withCustom(resource, properties) };
}

/** Whether a field filters by equality or by a from/to range. */
export const filterKind = (type: SubjectFieldType): 'eq' | 'range' =>
  type === 'integer' || type === 'money' || type === 'date-time' ? 'range' : 'eq';

export interface ResourceSort {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export function defaultSort(resource: ResourceDefinition): string {
  return resource.list.defaultSort ?? ('createdAt' in resource.schema.properties ? '-createdAt' : 'id');
}

function sortKeys(resource: ResourceDefinition): string[] {
  const fields = new Set([...(resource.list.sortable ?? []), defaultSort(resource).replace(/^-/, '')]);
  return [...fields].flatMap((field) => [field, `-${field}`]);
}

/**
 * `page`, `pageSize`, `sort`, `search`, and per filter `?<field>=` (equality) or `?<field>From=` /
 * `?<field>To=` (ranges), each typed like the field.
 */
export function listQuerySchema(resource: ResourceDefinition, fieldType: (field: string) => SubjectFieldType): Schema {
  const properties: Schema = {
    ...pageQueryProperties,
    sort: takesCustomFields(resource)
      ? { type: 'string', anyOf: [{ enum: sortKeys(resource) }, { pattern: customSortParam.source }] }
      : { type: 'string', enum: sortKeys(resource) },
  };
  if ((resource.list.search ?? []).length > 0) properties['search'] = { type: 'string', maxLength: 100 };
  for (const field of resource.list.filters ?? []) {
    const property = field === 'id' ? { type: 'string', format: 'uuid' } : forApi(resource.schema.properties[field] ?? {});
    const { type, format, enum: values } = property as { type?: unknown; format?: unknown; enum?: unknown };
    const single = Array.isArray(type) ? type.find((t) => t !== 'null') : type;
    const typed = { ...(single ? { type: single } : {}), ...(format ? { format } : {}) };
    if (filterKind(fieldType(field)) === 'range') {
      properties[`${field}From`] = typed;
      properties[`${field}To`] = typed;
    } else {
      properties[field] = { ...typed, ...(values ? { enum: values } : {}), ...(single === 'string' ? { maxLength: 200 } : {}) };
    }
  }
  // custom field filters are checked against the company's fields when the request arrives
  const custom = takesCustomFields(resource) ? { patternProperties: { [customFilterParam.source]: { type: 'string', maxLength: 200 } } } : {};
  return { type: 'object', additionalProperties: false, properties, ...custom };
}
