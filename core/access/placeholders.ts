/** The values a rule's conditions may refer to, as whole-string placeholders. */
export interface PlaceholderValues {
  readonly userId: string;
  readonly departmentIds: readonly string[];
  readonly departmentTreeIds: readonly string[];
  readonly attributes: Readonly<Record<string, readonly string[]>>;
}

const attributePattern = /^\$\{user\.attributes\.([a-z][a-zA-Z0-9]{0,59})\}$/;
const fixedPlaceholders = ['${user.id}', '${user.departmentIds}', '${user.departmentTreeIds}'] as const;

/** Whether `value` is a placeholder a stored rule may use (attributes: any declared key, checked elsewhere). */
export function placeholderKind(value: string): 'fixed' | { attribute: string } | undefined {
  if ((fixedPlaceholders as readonly string[]).includes(value)) return 'fixed';
  const attribute = attributePattern.exec(value)?.[1];
  return attribute ? { attribute } : undefined;
}

function resolve(value: string, values: PlaceholderValues): unknown {
  switch (value) {
    case '${user.id}':
      return values.userId;
    case '${user.departmentIds}':
      return [...values.departmentIds];
    case '${user.departmentTreeIds}':
      return [...values.departmentTreeIds];
  }
  const attribute = attributePattern.exec(value)?.[1];
  if (attribute) return [...(values.attributes[attribute] ?? [])];
  return value;
}

/** A copy of `conditions` with every placeholder replaced by the principal's value. */
export function fillPlaceholders(conditions: unknown, values: PlaceholderValues): unknown {
  if (typeof conditions === 'string') return conditions.startsWith('${') ? resolve(conditions, values) : conditions;
  if (Array.isArray(conditions)) {
    return conditions.flatMap((item) => {
      const filled = fillPlaceholders(item, values);
      // `{ $in: ['${user.departmentIds}', 'x'] }` means the ids plus 'x'
      return typeof item === 'string' && Array.isArray(filled) ? filled : [filled];
    });
  }
  if (conditions && typeof conditions === 'object') {
    return Object.fromEntries(
      Object.entries(conditions).map(([key, value]) => [key, fillPlaceholders(value, values)]),
    );
  }
  return conditions;
}
