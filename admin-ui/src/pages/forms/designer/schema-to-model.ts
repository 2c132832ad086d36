import { formLimits } from '@tessera/schemas/form-validation/form-limits';
import {
  type ConditionValue,
  type DesignerField,
  type DesignerModel,
  isJsonObject,
  type JsonObject,
  type JsonValue,
} from './designer-model.ts';
import type { FieldKind } from './field-kinds.ts';
import { kindWidgets } from './field-schema.ts';

const widgetKinds = new Map<unknown, FieldKind>(Object.entries(kindWidgets).map(([kind, widget]) => [widget, kind as FieldKind]));

const objectOf = (value: unknown): JsonObject => (isJsonObject(value) ? value : {});
const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** A limit the server added as a cap (docs/forms.md, "Caps are added") reads as no limit. */
const uncapped = (value: unknown, cap: number): number | undefined => (value === cap ? undefined : numberOf(value));

/** A single file or image field as the designer writes it (field-schema.ts). */
const isUpload = (schema: JsonObject) =>
  schema.type === 'string' && schema.format === 'uuid' && (schema['x-widget'] === 'file' || schema['x-widget'] === 'image');

/** The kind a property schema was made as; `custom` for one the designer did not make. */
export function kindOf(schema: JsonObject): FieldKind {
  const widget = widgetKinds.get(schema['x-widget']);
  switch (schema.type) {
    case 'object':
      return 'section';
    case 'boolean':
      return 'switch';
    case 'array': {
      const items = objectOf(schema.items);
      if (schema.uniqueItems === true && typeof items['x-options'] === 'string') return 'multi-select';
      return isUpload(items) ? (widgetKinds.get(items['x-widget']) ?? 'custom') : 'custom';
    }
    case 'integer':
      return widget === 'money' ? 'money' : 'integer';
    case 'number':
      return 'number';
    case 'string':
      if (widget === 'file' || widget === 'image') return isUpload(schema) ? widget : 'custom';
      if (widget && widget !== 'money') return widget;
      if (typeof schema['x-options'] === 'string') return 'select';
      if (schema.format === 'date') return 'date';
      if (schema.format === 'date-time') return 'date-time';
      return schema.format === undefined && schema.enum === undefined && schema.oneOf === undefined ? 'text' : 'custom';
    default:
      return 'custom';
  }
}

function fieldOf(key: string, schema: JsonObject, isRequired: boolean, ui: JsonObject): DesignerField {
  const kind = kindOf(schema);
  const title = textOf(schema.title) ?? key;
  if (kind === 'custom') return withoutUnset({ key, kind, title, required: isRequired, raw: schema, rawUi: ui });
  const items = objectOf(schema.items);
  const field: DesignerField = {
    key,
    kind,
    title,
    description: textOf(schema.description),
    // a section is required exactly when one of its fields is (model-to-schema.ts): nothing to keep
    required: kind === 'section' ? undefined : schema.type === 'array' ? isRequired || schema.minItems === 1 : isRequired,
    multiple: schema.type === 'array' && (kind === 'file' || kind === 'image') ? true : undefined,
    placeholder: textOf(ui['ui:placeholder']),
    minimum: numberOf(schema.minimum),
    maximum: numberOf(schema.maximum),
    minLength: numberOf(schema.minLength),
    maxLength: uncapped(schema.maxLength, formLimits.maxLength),
    pattern: textOf(schema.pattern),
    optionSet: textOf(kind === 'multi-select' ? items['x-options'] : schema['x-options']),
    recordResource: kind === 'record' ? textOf(schema['x-record']) : undefined,
    // defaults are JSON by construction: they come from a parsed schema
    defaultValue: schema.default as JsonValue | undefined,
  };
  if (kind === 'section') field.fields = fieldsOf(schema, ui);
  return withoutUnset(field);
}

/** Drops members that are undefined or false-y flags, so models compare equal however they were made. */
function withoutUnset(field: DesignerField): DesignerField {
  const entries = Object.entries(field).filter(([name, value]) => value !== undefined && !(name === 'required' && value === false));
  // the entries are the field's own members
  return Object.fromEntries(entries) as unknown as DesignerField;
}

/** Property keys in `ui:order` order, then any the order does not name. */
function orderedKeys(keys: readonly string[], ui: JsonObject): string[] {
  const order = Array.isArray(ui['ui:order']) ? ui['ui:order'].filter((key): key is string => typeof key === 'string') : [];
  const named = order.filter((key) => keys.includes(key));
  return [...named, ...keys.filter((key) => !named.includes(key))];
}

function requiredOf(schema: JsonObject): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === 'string') : [];
}

function fieldsOf(schema: JsonObject, ui: JsonObject): DesignerField[] {
  const properties = objectOf(schema.properties);
  const required = requiredOf(schema);
  return orderedKeys(Object.keys(properties), ui).map((key) =>
    fieldOf(key, objectOf(properties[key]), required.includes(key), objectOf(ui[key])),
  );
}

function isConditionValue(value: unknown): value is ConditionValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** The fields `dependencies` show for a trigger's value, as model-to-schema.ts writes them. */
function conditionalFieldsOf(schema: JsonObject, ui: JsonObject): DesignerField[] {
  const fields: DesignerField[] = [];
  for (const [trigger, dependency] of Object.entries(objectOf(schema.dependencies))) {
    const branches = objectOf(dependency).oneOf;
    if (!Array.isArray(branches)) continue;
    for (const branch of branches.filter(isJsonObject)) {
      const properties = objectOf(branch.properties);
      const equals = objectOf(properties[trigger]).const;
      if (!isConditionValue(equals)) continue;
      const required = requiredOf(branch);
      for (const [key, property] of Object.entries(properties)) {
        if (key === trigger) continue;
        fields.push({ ...fieldOf(key, objectOf(property), required.includes(key), objectOf(ui[key])), showWhen: { field: trigger, equals } });
      }
    }
  }
  return fields;
}

/**
 * A saved form's JSON Schema and uiSchema as the designer's fields: the reverse of modelToSchema, also
 * for a schema as the server stores it (with size caps added). Properties the designer did not make
 * become `custom` fields, kept unchanged.
 */
export function schemaToModel(schema: unknown, uiSchema: unknown): DesignerModel {
  const root = objectOf(schema);
  const ui = objectOf(uiSchema);
  const plain = fieldsOf(root, ui);
  const conditional = conditionalFieldsOf(root, ui).filter((field) => !plain.some((known) => known.key === field.key));
  const byKey = new Map([...plain, ...conditional].map((field) => [field.key, field]));
  const fields = orderedKeys([...byKey.keys()], ui).flatMap((key) => byKey.get(key) ?? []);
  const columns = objectOf(ui['ui:options']).columns === 1 ? 1 : 2;
  return { fields, columns };
}
