import type { FieldProblem } from '../../../api/api-error.ts';
import { unescapePointerToken } from '@tessera/schemas/form-validation/form-problem';

/**
 * The field a problem with a saved schema is about: the innermost `properties/<key>` of its pointer
 * (`/body/schema/properties/contact/properties/phone/pattern` → `phone`, also inside `dependencies`
 * branches) that names a field of the form; undefined for a problem about the form as a whole.
 */
export function problemFieldOf(pointer: string, keys: readonly string[]): string | undefined {
  const tokens = pointer.split('/').slice(1).map(unescapePointerToken);
  if (tokens[0] !== 'body' || tokens[1] !== 'schema') return undefined;
  let found: string | undefined;
  for (let i = 2; i < tokens.length - 1; i++) {
    const name = tokens[i + 1] ?? '';
    if ((tokens[i] === 'properties' || tokens[i] === 'dependencies') && keys.includes(name)) found = name;
  }
  return found;
}

/** Server problems with the saved schema by field key, and those about no field in particular. */
export function schemaProblemsByField(
  problems: readonly FieldProblem[],
  keys: readonly string[],
): { byField: Map<string, string[]>; general: string[] } {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const problem of problems) {
    const key = problemFieldOf(problem.pointer, keys);
    if (key === undefined) general.push(problem.message);
    else byField.set(key, [...(byField.get(key) ?? []), problem.message]);
  }
  return { byField, general };
}
