import type { ErrorSchema } from '@rjsf/utils';
import type { FieldProblem } from '../../../api/api-error.ts';
import { isJsonObject } from '../resource-fields.ts';

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The request body path a problem's pointer names: `/body/address/city` → `['address', 'city']`. */
export function bodyPathOf(pointer: string): string[] | undefined {
  const [root, ...path] = pointer.split('/').slice(1).map(unescapePointer);
  return root === 'body' ? path : undefined;
}

/**
 * A problem+json answer's field errors as RJSF `extraErrors`, shown under the fields they name. A problem
 * about the body as a whole, or about a field the form does not show, is `unplaced`: the page shows it
 * in its message instead.
 */
export function fieldErrorsOf(
  problems: readonly FieldProblem[],
  fields: readonly string[],
): { errorSchema: ErrorSchema; unplaced: FieldProblem[] } {
  const errorSchema: ErrorSchema = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const path = bodyPathOf(problem.pointer);
    if (!path || path.length === 0 || !fields.includes(path[0] ?? '')) {
      unplaced.push(problem);
      continue;
    }
    let node = errorSchema;
    for (const segment of path) {
      const next: ErrorSchema = node[segment] ?? {};
      node[segment] = next;
      node = next;
    }
    node.__errors = [...(node.__errors ?? []), problem.message];
  }
  return { errorSchema, unplaced };
}

/**
 * The extra errors without those of fields whose value changed since: the person is fixing them. The
 * members of an object field (a custom field in `custom`) are kept or dropped one by one.
 */
export function withoutChangedFields(
  errorSchema: ErrorSchema,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): ErrorSchema {
  const kept: ErrorSchema = {};
  for (const [field, errors] of Object.entries(errorSchema)) {
    const was = before[field];
    const now = after[field];
    if (field === '__errors' || was === now) {
      kept[field] = errors;
    } else if (isJsonObject(was) && isJsonObject(now) && errors && !Array.isArray(errors)) {
      const members = withoutChangedFields(errors, was, now);
      if (Object.keys(members).length > 0) kept[field] = members;
    }
  }
  return kept;
}
