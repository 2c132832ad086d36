import { isJsonObject, type JsonObject } from '../designer/designer-model.ts';
import { schemaFields } from './schema-walk.ts';

/** Our RJSF widgets (form-renderer.tsx) by the `x-widget` a form field names. */
const widgetsByName: Readonly<Record<string, string>> = {
  money: 'MoneyWidget',
  textarea: 'textarea',
  richtext: 'richtext',
  'member-select': 'member-select',
  'department-select': 'department-select',
  'image-url': 'image-url',
  cascader: 'cascader',
  file: 'file',
  image: 'image',
  record: 'record',
};

/** An upload field's widget; a multi-file field is a list whose items name it. */
function uploadWidgetOf(schema: JsonObject): string | undefined {
  const node = schema.type === 'array' && isJsonObject(schema.items) ? schema.items : schema;
  const widget = node['x-widget'];
  return widget === 'file' || widget === 'image' ? widget : undefined;
}

/** The RJSF widget a field renders with: its `x-widget`, else switches for yes/no, the company clock for times. */
export function widgetOf(schema: JsonObject): string | undefined {
  const named = typeof schema['x-widget'] === 'string' ? widgetsByName[schema['x-widget']] : undefined;
  if (named) return named;
  const upload = uploadWidgetOf(schema);
  if (upload) return upload;
  if (schema.type === 'boolean') return 'switch';
  if (schema.type === 'string' && schema.format === 'date-time') return 'DateTimeWidget';
  return undefined;
}

function entryAt(uiSchema: JsonObject, path: readonly string[]): JsonObject {
  let node: unknown = uiSchema;
  for (const key of path) node = isJsonObject(node) ? node[key] : undefined;
  return isJsonObject(node) ? node : {};
}

function withEntry(uiSchema: JsonObject, path: readonly string[], entry: JsonObject): JsonObject {
  const [key, ...rest] = path;
  if (key === undefined) return entry;
  const child = isJsonObject(uiSchema[key]) ? uiSchema[key] : {};
  return { ...uiSchema, [key]: withEntry(child, rest, entry) };
}

/**
 * The uiSchema a form renders with: the saved one, plus the widget each field's schema asks for where
 * the uiSchema names none. The schema is what the form saved, so a published version renders the same
 * wherever it is shown (fill-in page, preview, a submission).
 */
export function renderUiSchemaOf(schema: JsonObject, uiSchema: JsonObject): JsonObject {
  let rendered = uiSchema;
  for (const field of schemaFields(schema)) {
    const widget = widgetOf(field.schema);
    const entry = entryAt(rendered, field.path);
    if (widget && entry['ui:widget'] === undefined) rendered = withEntry(rendered, field.path, { ...entry, 'ui:widget': widget });
  }
  return rendered;
}

/** RJSF property paths (`.amount`, `.contact.amount`) of money fields, whose limits read in yuan. */
export function moneyPathsOf(schema: JsonObject): string[] {
  return schemaFields(schema)
    .filter((field) => field.schema['x-widget'] === 'money')
    .map((field) => field.path.map((key) => `.${key}`).join(''));
}

/** The form's column count from its uiSchema (`ui:options.columns`): 2 unless it says 1. */
export function columnsOf(uiSchema: JsonObject): 1 | 2 {
  const options = uiSchema['ui:options'];
  return isJsonObject(options) && options.columns === 1 ? 1 : 2;
}
