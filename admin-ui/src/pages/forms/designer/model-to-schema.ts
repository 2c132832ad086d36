import type { ConditionValue, DesignerField, DesignerModel, JsonObject } from './designer-model.ts';
import { fieldSchemaOf, fieldUiOf } from './field-schema.ts';

/** A form as saved: the JSON Schema the server validates with and the uiSchema RJSF lays it out with. */
export interface FormDocument {
  schema: JsonObject;
  uiSchema: JsonObject;
}

interface Built {
  properties: JsonObject;
  required: string[];
  uiSchema: JsonObject;
}

/**
 * Whether the field's key goes in its parent's `required`. A section is, when any of its fields is: an
 * absent object is never checked inside, and a required one makes RJSF start it as `{}`, so its
 * required fields are asked for like the others.
 */
function isRequired(field: DesignerField): boolean {
  return field.kind === 'section' ? (field.fields ?? []).some((child) => child.required) : field.required === true;
}

function buildFields(fields: readonly DesignerField[]): Built {
  const properties: JsonObject = {};
  const required: string[] = [];
  const uiSchema: JsonObject = {};
  for (const field of fields) {
    if (field.showWhen) continue;
    properties[field.key] = propertyOf(field);
    if (isRequired(field)) required.push(field.key);
    const ui = uiOf(field);
    if (Object.keys(ui).length > 0) uiSchema[field.key] = ui;
  }
  return { properties, required, uiSchema };
}

function propertyOf(field: DesignerField): JsonObject {
  const schema = fieldSchemaOf(field);
  if (field.kind !== 'section') return schema;
  const inner = buildFields(field.fields ?? []);
  return { ...schema, properties: inner.properties, ...(inner.required.length > 0 ? { required: inner.required } : {}) };
}

function uiOf(field: DesignerField): JsonObject {
  const ui = fieldUiOf(field);
  if (field.kind !== 'section') return ui;
  const children = field.fields ?? [];
  return { ...ui, ...buildFields(children).uiSchema, 'ui:order': [...children.map((child) => child.key), '*'] };
}

/**
 * Conditional fields as draft-07 `dependencies`, the form RJSF shows and hides live: per trigger field,
 * one `oneOf` branch per value that shows fields (the trigger's `const` plus those fields), and one
 * branch for every other value, so exactly one branch holds whatever the trigger is set to. RJSF
 * leaves a trigger without a value alone, so nothing conditional shows until it is set.
 */
function dependenciesOf(fields: readonly DesignerField[]): JsonObject | undefined {
  const byTrigger = new Map<string, Map<ConditionValue, DesignerField[]>>();
  for (const field of fields) {
    if (!field.showWhen) continue;
    const values = byTrigger.get(field.showWhen.field) ?? new Map<ConditionValue, DesignerField[]>();
    values.set(field.showWhen.equals, [...(values.get(field.showWhen.equals) ?? []), field]);
    byTrigger.set(field.showWhen.field, values);
  }
  if (byTrigger.size === 0) return undefined;
  const dependencies: JsonObject = {};
  for (const [trigger, values] of byTrigger) {
    const branches = [...values].map(([value, shown]) => {
      const required = shown.filter((field) => field.required).map((field) => field.key);
      return {
        properties: { [trigger]: { const: value }, ...Object.fromEntries(shown.map((field) => [field.key, propertyOf(field)])) },
        ...(required.length > 0 ? { required } : {}),
      };
    });
    branches.push({ properties: { [trigger]: { not: { enum: [...values.keys()] } } } });
    dependencies[trigger] = { oneOf: branches };
  }
  return dependencies;
}

/** The designer's fields as the saved JSON Schema (draft-07) and uiSchema (`ui:order` keeps the order). */
export function modelToSchema(model: DesignerModel): FormDocument {
  const top = buildFields(model.fields);
  const conditionalUi = Object.fromEntries(
    model.fields
      .filter((field) => field.showWhen)
      .map((field) => [field.key, uiOf(field)] as const)
      .filter(([, ui]) => Object.keys(ui).length > 0),
  );
  const dependencies = dependenciesOf(model.fields);
  const schema: JsonObject = {
    type: 'object',
    properties: top.properties,
    ...(top.required.length > 0 ? { required: top.required } : {}),
    ...(dependencies ? { dependencies } : {}),
  };
  const uiSchema: JsonObject = {
    ...top.uiSchema,
    ...conditionalUi,
    'ui:order': [...model.fields.map((field) => field.key), '*'],
    'ui:options': { columns: model.columns },
  };
  return { schema, uiSchema };
}
