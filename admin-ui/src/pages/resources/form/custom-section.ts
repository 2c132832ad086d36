import type { ResourceView } from '../../../api/ui-extensions-api.ts';
import {
  type FieldOption,
  fieldOptionsOf,
  fieldSchemaOf,
  fieldTitleOf,
  fieldTypeOf,
  isJsonObject,
  type ResourceFieldType,
} from '../resource-fields.ts';

/*
 * A resource's custom fields (自定义字段) arrive as one object property, `custom`, whose members are the
 * fields the reader may see (`readOnly` where they may not write). The form shows it as its own section.
 * Unlike other object fields, an update of `custom` is merged into the stored values, so the form sends
 * only the members it may write, and of those on update only the changed ones: they are "fields" of
 * their own, named `custom.<key>`.
 */

type JsonObject = Record<string, unknown>;

export const customProperty = 'custom';

/** Our widget names by the `x-widget` the server gives a custom field. */
const widgetsByName: Readonly<Record<string, string>> = {
  money: 'MoneyWidget',
  'date-time': 'DateTimeWidget',
  textarea: 'textarea',
};

function membersOf(property: unknown): [string, JsonObject][] {
  const members = isJsonObject(property) && isJsonObject(property.properties) ? property.properties : {};
  return Object.entries(members).filter((entry): entry is [string, JsonObject] => isJsonObject(entry[1]));
}

/** `custom.<key>` of each member the form may send. */
export function writableCustomFieldsOf(property: unknown): string[] {
  return membersOf(property)
    .filter(([, member]) => member.readOnly !== true)
    .map(([key]) => `${customProperty}.${key}`);
}

/**
 * The section for a new record: members the reader may not write left out (and out of `required`);
 * undefined when none is left.
 */
export function customSectionForCreate(property: unknown): JsonObject | undefined {
  if (!isJsonObject(property)) return undefined;
  const members = membersOf(property).filter(([, member]) => member.readOnly !== true);
  if (members.length === 0) return undefined;
  const keys = members.map(([key]) => key);
  const required = Array.isArray(property.required) ? property.required.filter((key) => keys.includes(String(key))) : [];
  return { ...property, properties: Object.fromEntries(members), required };
}

/** The uiSchema of the section: our money, time and text-area widgets by each member's `x-widget`. */
export function customUiSchemaOf(property: unknown, own: unknown): JsonObject {
  const uiSchema: JsonObject = isJsonObject(own) ? { ...own } : {};
  for (const [key, member] of membersOf(property)) {
    const widget = typeof member['x-widget'] === 'string' ? widgetsByName[member['x-widget']] : undefined;
    const entry = isJsonObject(uiSchema[key]) ? uiSchema[key] : {};
    if (widget && entry['ui:widget'] === undefined) uiSchema[key] = { ...entry, 'ui:widget': widget };
  }
  return uiSchema;
}

/** `custom.<key>` → `['custom', '<key>']`; any other field → `[field]`. */
export function splitField(field: string): [string] | [string, string] {
  const prefix = `${customProperty}.`;
  return field.startsWith(prefix) ? [customProperty, field.slice(prefix.length)] : [field];
}

/** One custom field the reader may see, as screens label and format it. */
export interface CustomFieldDefinition {
  /** The field's 编码: its value is `record.custom[key]`. */
  key: string;
  /** `custom.<key>`, as columns, filters and field rules name it. */
  field: string;
  /** In the user's language. */
  label: string;
  /** How its value is formatted (`money` for fen, `date-time` on the company's clock, …). */
  type: ResourceFieldType;
  /** Its choices (an option set's, labelled) for a single or multiple choice field. */
  options: FieldOption[] | undefined;
}

/** The resource's custom fields the reader may see (the server cut the `custom` object to them), in their order. */
export function customFieldsOf(resource: ResourceView): CustomFieldDefinition[] {
  return membersOf(fieldSchemaOf(resource, customProperty)).map(([key]) => {
    const field = `${customProperty}.${key}`;
    return { key, field, label: fieldTitleOf(resource, field), type: fieldTypeOf(resource, field), options: fieldOptionsOf(resource, field) };
  });
}
