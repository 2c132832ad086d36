import type { DesignerField, JsonObject } from './designer-model.ts';

/** The `x-widget` each kind is rendered with; kinds without one render by their type and format. */
export const kindWidgets = {
  textarea: 'textarea',
  money: 'money',
  cascader: 'cascader',
  file: 'file',
  image: 'image',
  richtext: 'richtext',
  member: 'member-select',
  department: 'department-select',
  record: 'record',
} as const;

/** The listed members of `field` that are set, so absent settings leave no key behind. */
function picked<K extends keyof DesignerField>(field: DesignerField, names: readonly K[]): Partial<Pick<DesignerField, K>> {
  const out: Partial<Pick<DesignerField, K>> = {};
  for (const name of names) {
    const value = field[name];
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}

/** The most uploads a multi-file field takes. */
export const maxFiles = 10;

/** A file or image field: an uploaded file's id, or a list of up to ten (docs/forms.md, "Files"). */
function uploadSchemaOf(field: DesignerField, widget: string, base: JsonObject): JsonObject {
  const one = { type: 'string', format: 'uuid', 'x-widget': widget };
  if (!field.multiple) return { ...one, ...base };
  return { type: 'array', ...base, maxItems: maxFiles, items: one, ...(field.required ? { minItems: 1 } : {}) };
}

function withDefault(schema: JsonObject, field: DesignerField): JsonObject {
  return field.defaultValue === undefined ? schema : { ...schema, default: field.defaultValue };
}

/**
 * One field's JSON Schema (draft-07), without its section's fields (model-to-schema.ts adds those).
 * A multi-select or multi-file field that is required needs at least one item: an empty list is a
 * value to JSON Schema.
 */
export function fieldSchemaOf(field: DesignerField): JsonObject {
  const base: JsonObject = { title: field.title, ...picked(field, ['description']) };
  const textLimits = picked(field, ['minLength', 'maxLength', 'pattern']);
  const range = picked(field, ['minimum', 'maximum']);
  const options = field.optionSet ? { 'x-options': field.optionSet } : {};
  switch (field.kind) {
    case 'text':
      return withDefault({ type: 'string', ...base, ...textLimits }, field);
    case 'textarea':
      return withDefault({ type: 'string', ...base, ...textLimits, 'x-widget': kindWidgets.textarea }, field);
    case 'number':
      return withDefault({ type: 'number', ...base, ...range }, field);
    case 'integer':
      return withDefault({ type: 'integer', ...base, ...range }, field);
    case 'money':
      return withDefault({ type: 'integer', ...base, ...range, 'x-widget': kindWidgets.money }, field);
    case 'date':
      return withDefault({ type: 'string', ...base, format: 'date' }, field);
    case 'date-time':
      return { type: 'string', ...base, format: 'date-time' };
    case 'select':
      return withDefault({ type: 'string', ...base, ...options }, field);
    case 'cascader':
      return { type: 'string', ...base, ...options, 'x-widget': kindWidgets.cascader };
    case 'multi-select':
      return withDefault(
        {
          type: 'array',
          ...base,
          uniqueItems: true,
          items: { type: 'string', ...options },
          ...(field.required ? { minItems: 1 } : {}),
        },
        field,
      );
    case 'switch':
      return withDefault({ type: 'boolean', ...base }, field);
    case 'file':
      return uploadSchemaOf(field, kindWidgets.file, base);
    case 'image':
      return uploadSchemaOf(field, kindWidgets.image, base);
    case 'richtext':
      return { type: 'string', ...base, 'x-widget': kindWidgets.richtext };
    case 'member':
      return { type: 'string', ...base, format: 'uuid', 'x-widget': kindWidgets.member };
    case 'department':
      return { type: 'string', ...base, format: 'uuid', 'x-widget': kindWidgets.department };
    case 'record':
      return { type: 'string', ...base, format: 'uuid', 'x-widget': kindWidgets.record, ...(field.recordResource ? { 'x-record': field.recordResource } : {}) };
    case 'section':
      return { type: 'object', ...base };
    case 'custom':
      return { ...field.raw, title: field.title };
  }
}

/** The field's own uiSchema entry (its placeholder); a custom field keeps the entry it came with. */
export function fieldUiOf(field: DesignerField): JsonObject {
  if (field.kind === 'custom') return { ...field.rawUi };
  return field.placeholder ? { 'ui:placeholder': field.placeholder } : {};
}
