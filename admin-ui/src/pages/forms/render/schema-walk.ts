import { isJsonObject, type JsonObject } from '../designer/designer-model.ts';

/** A field of a form schema with where it sits: `path` is its property path from the root. */
export interface SchemaField {
  path: string[];
  schema: JsonObject;
}

function propertiesOf(schema: JsonObject): [string, JsonObject][] {
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  return Object.entries(properties).flatMap(([key, value]) => (isJsonObject(value) ? [[key, value] as [string, JsonObject]] : []));
}

/** The fields `dependencies` branches add (conditional fields), without the trigger's own condition. */
function dependentPropertiesOf(schema: JsonObject): [string, JsonObject][] {
  const dependencies = isJsonObject(schema.dependencies) ? schema.dependencies : {};
  const found: [string, JsonObject][] = [];
  for (const [trigger, dependency] of Object.entries(dependencies)) {
    const branches = isJsonObject(dependency) && Array.isArray(dependency.oneOf) ? dependency.oneOf : [];
    for (const branch of branches.filter(isJsonObject)) {
      for (const [key, value] of propertiesOf(branch)) if (key !== trigger) found.push([key, value]);
    }
  }
  return found;
}

/**
 * Every field of a form schema, depth first: top-level and conditional fields, and the fields of
 * sections (nested objects) after their section. A key met twice (in two branches) is listed once.
 */
export function schemaFields(schema: JsonObject, path: readonly string[] = []): SchemaField[] {
  const seen = new Set<string>();
  const fields: SchemaField[] = [];
  for (const [key, value] of [...propertiesOf(schema), ...dependentPropertiesOf(schema)]) {
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push({ path: [...path, key], schema: value }, ...(value.type === 'object' ? schemaFields(value, [...path, key]) : []));
  }
  return fields;
}
