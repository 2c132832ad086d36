import { forbiddenKeys, formLimits } from './form-limits.ts';
import type { FormLocale } from './form-messages.ts';
import { type FormProblem, formProblem, pointerOf } from './form-problem.ts';
import { isJsonObject, isJsonScalar, jsonBytes } from './json-value.ts';

const maxProblems = 20;

interface Frame {
  value: unknown;
  tokens: readonly string[];
  depth: number;
}

/** The member keys of an array or plain object, undefined for anything else. */
function keysOf(value: unknown): { count: number; keyAt: (index: number) => string } | undefined {
  if (Array.isArray(value)) return { count: value.length, keyAt: String };
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  return { count: keys.length, keyAt: (index) => keys[index] ?? '' };
}

/**
 * Checks submitted form data before any schema sees it: nesting at most `dataDepth`, at most `dataNodes`
 * values, no `__proto__`/`constructor`/`prototype` key, at most `dataBytes` as JSON, nothing that is
 * not JSON. The walk is iterative and stops at the node limit, so a 100,000-element list or a
 * 10,000-deep nesting is refused after a bounded amount of work. `undefined` members (RJSF leaves them
 * for empty fields) are skipped, as JSON would drop them.
 */
export function checkFormData(
  data: unknown,
  { locale, at = '/body/data' }: { locale: FormLocale; at?: string },
): FormProblem[] {
  const problems: FormProblem[] = [];
  const stack: Frame[] = data === undefined ? [] : [{ value: data, tokens: [], depth: 1 }];
  // values found so far, counted before they are visited: a huge list is refused without walking it
  let found = stack.length;
  while (stack.length > 0 && problems.length < maxProblems) {
    const { value, tokens, depth } = stack.pop() as Frame; // the loop runs only while the stack has frames
    if (isJsonScalar(value)) continue;
    if (depth > formLimits.dataDepth) {
      problems.push(formProblem(pointerOf(at, tokens), 'too-deep', locale, { limit: formLimits.dataDepth }));
      continue;
    }
    const members = keysOf(value);
    if (!members) {
      problems.push(formProblem(pointerOf(at, tokens), 'not-json', locale));
      continue;
    }
    found += members.count;
    if (found > formLimits.dataNodes) {
      problems.push(formProblem(pointerOf(at, tokens), 'too-many-nodes', locale, { limit: formLimits.dataNodes }));
      break;
    }
    const pushedBefore = stack.length;
    for (let index = 0; index < members.count; index++) {
      const key = members.keyAt(index);
      const child: unknown = (value as Record<string, unknown>)[key]; // an array or a plain object (keysOf)
      if (forbiddenKeys.has(key) && !Array.isArray(value)) {
        problems.push(formProblem(pointerOf(at, [...tokens, key]), 'forbidden-key', locale, { key }));
      } else if (child !== undefined) {
        stack.push({ value: child, tokens: [...tokens, key], depth: depth + 1 });
      }
    }
    // visited in document order, so problems are listed in it
    stack.push(...stack.splice(pushedBefore).reverse());
  }
  if (problems.length > 0) return problems;
  const kilobytes = formLimits.dataBytes / 1024;
  return jsonBytes(data) > formLimits.dataBytes ? [formProblem(at, 'too-large', locale, { limit: kilobytes })] : [];
}
