import { type DesignerField, isJsonObject, type JsonObject } from '../designer/designer-model.ts';
import type { FieldKind } from '../designer/field-kinds.ts';
import { schemaToModel } from '../designer/schema-to-model.ts';
import type { OptionChoice } from '../render/expand-options.ts';
import { schemaFields } from '../render/schema-walk.ts';

/** One column of the submissions table: a field of the form's data. */
export interface DataColumn {
  path: string[];
  title: string;
  kind: FieldKind;
  /** The option set's choices, for an option field of an expanded (published) schema. */
  choices: OptionChoice[];
  /** Top-level fields of one value sort and filter on the server (`data.<field>`). */
  isTopLevel: boolean;
  /** A record field's resource (`<plugin>.<resource>`). */
  recordResource?: string;
}

const recordOf = (field: DesignerField) => (field.recordResource ? { recordResource: field.recordResource } : {});

function choicesOf(schema: JsonObject | undefined): OptionChoice[] {
  const node = schema && isJsonObject(schema.items) ? schema.items : schema;
  const oneOf = node && Array.isArray(node.oneOf) ? node.oneOf : [];
  return oneOf.filter(isJsonObject).flatMap((choice) =>
    typeof choice.const === 'string'
      ? [{ const: choice.const, title: typeof choice.title === 'string' ? choice.title : choice.const, ...(typeof choice['x-parent'] === 'string' ? { 'x-parent': choice['x-parent'] } : {}) }]
      : [],
  );
}

/**
 * The table's data columns for a published version (option sets expanded): its fields in form order,
 * a section's fields as `section · field`; sections themselves and rich text get no column of their
 * own beyond their fields' (rich text is shown in the detail).
 */
export function submissionColumnsOf(schema: JsonObject, uiSchema: JsonObject): DataColumn[] {
  const byPath = new Map(schemaFields(schema).map((field) => [field.path.join('.'), field.schema]));
  const columns: DataColumn[] = [];
  for (const field of schemaToModel(schema, uiSchema).fields) {
    if (field.kind === 'section') {
      for (const child of field.fields ?? []) {
        const path = [field.key, child.key];
        columns.push({ path, title: `${field.title} · ${child.title}`, kind: child.kind, choices: choicesOf(byPath.get(path.join('.'))), isTopLevel: false, ...recordOf(child) });
      }
      continue;
    }
    // file ids sort and filter to nothing meaningful
    const isScalar = !['multi-select', 'custom', 'richtext', 'file', 'image', 'record'].includes(field.kind);
    columns.push({ path: [field.key], title: field.title, kind: field.kind, choices: choicesOf(byPath.get(field.key)), isTopLevel: isScalar, ...recordOf(field) });
  }
  return columns;
}

/** The value at a column's path in a submission's data. */
export function valueAt(data: JsonObject, path: readonly string[]): unknown {
  let node: unknown = data;
  for (const key of path) node = isJsonObject(node) ? node[key] : undefined;
  return node;
}
