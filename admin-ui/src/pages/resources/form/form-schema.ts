import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { isSameJson } from '../../../access/same-json.ts';
import type { ResourceView } from '../../../api/ui-extensions-api.ts';
import { isJsonObject } from '../resource-fields.ts';
import { customProperty, customSectionForCreate, customUiSchemaOf, splitField, writableCustomFieldsOf } from './custom-section.ts';

export type FormMode = 'create' | 'edit';

/** Our widgets' names in the RJSF registry (schema-form.tsx); `DateTimeWidget` replaces antd's own. */
export const moneyWidget = 'MoneyWidget';
export const dateTimeWidget = 'DateTimeWidget';

type JsonObject = Record<string, unknown>;

function propertiesOf(schema: JsonObject): JsonObject {
  return isJsonObject(schema.properties) ? schema.properties : {};
}

function isReadOnly(property: unknown): boolean {
  return isJsonObject(property) && property.readOnly === true;
}

/**
 * Fields a form may send: every property not marked `readOnly`; of the custom fields each writable one
 * as `custom.<key>` (custom-section.ts).
 */
export function writableFieldsOf(schema: JsonObject): string[] {
  return Object.entries(propertiesOf(schema))
    .filter(([, property]) => !isReadOnly(property))
    .flatMap(([field, property]) => (field === customProperty ? writableCustomFieldsOf(property) : [field]));
}

/** A field's value in form data: `custom.<key>` is a member of the `custom` object. */
function valueAt(data: JsonObject, field: string): unknown {
  const [top, member] = splitField(field);
  const value = data[top];
  if (member === undefined) return value;
  return isJsonObject(value) ? value[member] : undefined;
}

function setAt(body: JsonObject, field: string, value: unknown): void {
  const [top, member] = splitField(field);
  if (member === undefined) {
    body[top] = value;
    return;
  }
  const object = isJsonObject(body[top]) ? body[top] : {};
  body[top] = { ...object, [member]: value };
}

/**
 * The record schema as the form renders it. On create, `readOnly` fields (ids, times, owners the server
 * sets) are left out, as are custom fields the user may not write; on edit they stay, and RJSF shows
 * them disabled. `required` keeps only fields the
 * form can fill. The root title goes: the page has its own heading.
 */
export function formSchemaOf(schema: JsonObject, mode: FormMode): RJSFSchema {
  const properties = Object.fromEntries(
    Object.entries(propertiesOf(schema))
      .filter(([, property]) => mode === 'edit' || !isReadOnly(property))
      .flatMap(([field, property]) => {
        if (field !== customProperty || mode === 'edit') return [[field, property]];
        const section = customSectionForCreate(property);
        return section ? [[field, section]] : [];
      }),
  );
  const required = Array.isArray(schema.required)
    ? schema.required.filter(
        (field): field is string => typeof field === 'string' && field in properties && !isReadOnly(properties[field]),
      )
    : [];
  const { title: _title, description: _description, ...rest } = schema;
  // The server builds this schema for RJSF (ResourceView.schema: a JSON Schema object); RJSFSchema is
  // the library's name for the same thing.
  return { ...rest, type: 'object', properties, required } as RJSFSchema;
}

/**
 * The resource's UI schema with our widgets for money (yuan for fen) and times (the tenant's zone) where
 * the plugin chose none, and `ui:order` cut to the fields the form shows (RJSF refuses an order naming a
 * field it does not have).
 */
export function formUiSchemaOf(
  resource: Pick<ResourceView, 'uiSchema' | 'fieldTypes'>,
  formSchema: RJSFSchema,
): UiSchema {
  const fields = Object.keys(formSchema.properties ?? {});
  const uiSchema: JsonObject = { ...resource.uiSchema };
  const order = uiSchema['ui:order'];
  if (Array.isArray(order)) {
    uiSchema['ui:order'] = order.filter((field) => field === '*' || (typeof field === 'string' && fields.includes(field)));
  }
  if (fields.includes(customProperty)) {
    uiSchema[customProperty] = customUiSchemaOf(formSchema.properties?.[customProperty], uiSchema[customProperty]);
  }
  for (const field of fields) {
    const type = resource.fieldTypes[field];
    const widget = type === 'money' ? moneyWidget : type === 'date-time' ? dateTimeWidget : undefined;
    if (!widget) continue;
    const own = isJsonObject(uiSchema[field]) ? uiSchema[field] : {};
    if (own['ui:widget'] === undefined) uiSchema[field] = { ...own, 'ui:widget': widget };
  }
  return uiSchema;
}

/**
 * A record as form data: only the schema's fields, and no nulls (an empty box is "no value" to RJSF, and
 * a null would fail a schema that does not list null among the field's types).
 */
export function formDataOf(record: JsonObject, formSchema: RJSFSchema): JsonObject {
  const fields = Object.keys(formSchema.properties ?? {});
  return Object.fromEntries(
    fields.filter((field) => record[field] !== null && record[field] !== undefined).map((field) => [field, record[field]]),
  );
}

/** The POST body: the writable fields that have a value. */
export function createBodyOf(formData: JsonObject, writableFields: readonly string[]): JsonObject {
  const body: JsonObject = {};
  for (const field of writableFields) {
    const value = valueAt(formData, field);
    if (value !== undefined) setAt(body, field, value);
  }
  return body;
}

/**
 * The PATCH body: each writable field whose value differs from the record as loaded. A field emptied in
 * the form is sent as null, so the server clears it (or says it is required) instead of keeping it.
 * Custom fields go as `custom: { <key>: value }` with the changed ones only (the server merges them).
 */
export function changedValuesOf(
  before: JsonObject,
  after: JsonObject,
  writableFields: readonly string[],
): JsonObject {
  const changes: JsonObject = {};
  for (const field of writableFields) {
    const value = valueAt(after, field) ?? null;
    if (!isSameJson(valueAt(before, field) ?? null, value)) setAt(changes, field, value);
  }
  return changes;
}

/** Fields whose type is money (integer fen): validation limits on them are read in yuan. */
export function moneyFieldsOf(resource: Pick<ResourceView, 'fieldTypes'>): string[] {
  return Object.entries(resource.fieldTypes)
    .filter(([, type]) => type === 'money')
    .map(([field]) => field);
}
