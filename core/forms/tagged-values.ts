type Json = unknown;
type Schema = Record<string, unknown>;

/** A string in form data at a field whose schema carries a tag (a file widget, a record resource). */
export interface TaggedValue {
  /** JSON pointer into the data (`/photos/0`). */
  pointer: string;
  value: string;
  tag: string;
}

interface Walk {
  root: Schema;
  tagOf: (schema: Schema) => string | undefined;
}

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The schema and every branch that may apply to the same value (`allOf`/`anyOf`/`oneOf`, `if`/`then`/
 * `else`, `dependencies` schemas), with `#/definitions/<name>` references resolved. The validator has
 * already accepted the data, so a branch that does not apply only adds fields the data does not have.
 */
function branchesOf(schema: Json, root: Schema, seen: Set<Schema> = new Set()): Schema[] {
  if (!isObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const out: Schema[] = [schema];
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/definitions/') && isObject(root.definitions)) {
    out.push(...branchesOf(root.definitions[ref.slice('#/definitions/'.length)], root, seen));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const branch of list) out.push(...branchesOf(branch, root, seen));
  }
  for (const key of ['if', 'then', 'else'] as const) out.push(...branchesOf(schema[key], root, seen));
  if (isObject(schema.dependencies)) {
    for (const dependency of Object.values(schema.dependencies)) out.push(...branchesOf(dependency, root, seen));
  }
  return out;
}

function collect(schemas: readonly Schema[], value: Json, pointer: string, walk: Walk, out: TaggedValue[]): void {
  if (typeof value === 'string') {
    for (const schema of schemas) {
      const tag = walk.tagOf(schema);
      if (tag !== undefined) {
        out.push({ pointer, value, tag });
        return;
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemSchemas = schemas.flatMap((s) => {
        const items = s.items;
        if (!Array.isArray(items)) return branchesOf(items, walk.root);
        return index < items.length ? branchesOf(items[index], walk.root) : branchesOf(s.additionalItems, walk.root);
      });
      collect(itemSchemas, item, `${pointer}/${index}`, walk, out);
    });
    return;
  }
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childSchemas = schemas.flatMap((s) => (isObject(s.properties) ? branchesOf(s.properties[key], walk.root) : []));
      collect(childSchemas, child, `${pointer}/${escapePointer(key)}`, walk, out);
    }
  }
}

/**
 * Every string of `data` at a field for whose schema `tagOf` gives a tag, with where it is. The data
 * must have passed the schema's validation (so its size is bounded); `$ref`s are `#/definitions/…` only.
 */
export function taggedValues(schema: Schema, data: Json, tagOf: (schema: Schema) => string | undefined): TaggedValue[] {
  const out: TaggedValue[] = [];
  const walk = { root: schema, tagOf };
  collect(branchesOf(schema, schema), data, '', walk, out);
  return out;
}
