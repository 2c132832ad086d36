import type { FieldKind } from './field-kinds.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = Record<string, unknown>;

/** The value a condition compares the trigger field's value with. */
export type ConditionValue = string | number | boolean;

/** "Show this field only when `field` equals `equals`" (top-level fields only). */
export interface FieldCondition {
  field: string;
  equals: ConditionValue;
}

/**
 * One field as the designer edits it. The JSON Schema and uiSchema are built from these
 * (model-to-schema.ts) and read back into them (schema-to-model.ts); the schema is what is saved.
 */
export interface DesignerField {
  key: string;
  kind: FieldKind;
  title: string;
  description?: string;
  required?: boolean;
  placeholder?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** The option set's key (`x-options`). */
  optionSet?: string;
  defaultValue?: JsonValue;
  /** A record field's resource, `<plugin>.<resource>` (`x-record`). */
  recordResource?: string;
  /** A file or image field that takes a list of uploads instead of one. */
  multiple?: boolean;
  showWhen?: FieldCondition;
  /** A section's own fields. */
  fields?: DesignerField[];
  /** A `custom` field's property schema and uiSchema entry, kept as found. */
  raw?: JsonObject;
  rawUi?: JsonObject;
}

export interface DesignerModel {
  fields: DesignerField[];
  /** Fields side by side on wide screens (2) or one per row (1). */
  columns: 1 | 2;
}

export const emptyModel: DesignerModel = { fields: [], columns: 2 };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every field, sections' fields after their section, in form order. */
export function allFields(fields: readonly DesignerField[]): DesignerField[] {
  return fields.flatMap((field) => [field, ...allFields(field.fields ?? [])]);
}

export function findField(model: DesignerModel, key: string): DesignerField | undefined {
  return allFields(model.fields).find((field) => field.key === key);
}

/** The section holding the field, `null` for a top-level one, undefined when there is no such field. */
export function parentSectionOf(model: DesignerModel, key: string): string | null | undefined {
  if (model.fields.some((field) => field.key === key)) return null;
  for (const section of model.fields) {
    if ((section.fields ?? []).some((field) => field.key === key)) return section.key;
  }
  return undefined;
}
