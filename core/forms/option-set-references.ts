type Schema = Record<string, unknown>;

const childKeys = ['items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else'] as const;
const listKeys = ['allOf', 'anyOf', 'oneOf'] as const;
const mapKeys = ['properties', 'definitions', 'dependencies', 'patternProperties'] as const;

/**
 * Calls `visit` on every subschema (depth first, the root included) with the top-level data field it
 * belongs to (`undefined` for the root and for definitions), so callers can find `x-options` references.
 */
export function walkSchema(schema: unknown, visit: (node: Schema, field: string | undefined) => void, field?: string): void {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  const node = schema as Schema;
  visit(node, field);
  for (const key of childKeys) walkSchema(node[key], visit, field);
  for (const key of listKeys) if (Array.isArray(node[key])) for (const sub of node[key] as unknown[]) walkSchema(sub, visit, field);
  for (const key of mapKeys) {
    const map = node[key];
    if (!map || typeof map !== 'object') continue;
    for (const [name, sub] of Object.entries(map)) walkSchema(sub, visit, field ?? (key === 'properties' ? name : undefined));
  }
}

/** The option sets a schema names with `x-options`, with the top-level fields that hold their values. */
export function optionSetReferences(schema: unknown): Map<string, Set<string>> {
  const references = new Map<string, Set<string>>();
  walkSchema(schema, (node, field) => {
    const key = node['x-options'];
    if (typeof key !== 'string') return;
    const fields = references.get(key) ?? new Set<string>();
    if (field) fields.add(field);
    references.set(key, fields);
  });
  return references;
}
