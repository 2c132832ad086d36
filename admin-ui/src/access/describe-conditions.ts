import type { SubjectView } from '../api/access-api.ts';

const operators: Record<string, string> = {
  $eq: '=',
  $ne: '≠',
  $in: '∈',
  $nin: '∉',
  $gt: '>',
  $gte: '≥',
  $lt: '<',
  $lte: '≤',
};

function valueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueText).join(', ')}]`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A data-scope condition as a line people can read, e.g. `部门 ∈ [${user.departmentIds}]`, with field
 * titles from the catalog. Operators outside the documented set are shown as they are.
 */
export function describeConditions(conditions: Record<string, unknown>, subject: SubjectView | undefined): string {
  const titleOf = (key: string) => subject?.fields.find((field) => field.key === key)?.title ?? key;
  return Object.entries(conditions)
    .flatMap(([field, condition]) => {
      const isOperatorObject =
        condition !== null &&
        typeof condition === 'object' &&
        !Array.isArray(condition) &&
        Object.keys(condition).every((key) => key.startsWith('$'));
      if (!isOperatorObject) return [`${titleOf(field)} = ${valueText(condition)}`];
      return Object.entries(condition).map(
        ([operator, value]) => `${titleOf(field)} ${operators[operator] ?? operator} ${valueText(value)}`,
      );
    })
    .join('; ');
}
