import type { CodeOptions } from 'ajv';
import { RE2JS } from 're2js';
import { formLimits } from './form-limits.ts';

// ajv does not export these two from its entry point
type RegExpEngine = NonNullable<CodeOptions['regExp']>;
type RegExpLike = ReturnType<RegExpEngine>;

/**
 * Tenant-written `pattern`s run on RE2 (the pure-JS port `re2js`): matching takes time linear in the
 * input, so `(a+)+$` cannot backtrack for minutes the way the built-in engine does. RE2 has no
 * backreferences or lookarounds; a pattern using them does not compile and the form is refused when it
 * is saved. JSON Schema patterns are ECMA-262 syntax; `translateRegExp` rewrites the spellings RE2
 * reads differently (`\u4e00` → `\x{4e00}`, `(?<name>` → `(?P<name>`). Where the two engines still
 * differ (`\s` is ASCII-only in RE2), server and browser agree, since both run this same engine.
 */
export function compileLinearPattern(pattern: string): RE2JS {
  const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
  if (compiled.programSize() > formLimits.patternProgramSize) throw new RangeError('pattern too complex');
  return compiled;
}

/** Whether RE2 can run `pattern` within our limits (it refuses backreferences and lookarounds). */
export function isLinearPattern(pattern: string): boolean {
  try {
    compileLinearPattern(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * RE2 is linear, but a big program on a long text is still work: each test is charged program size ×
 * input length against the budget of the validation running (`meterRegexWork`). Outside a metered
 * validation nothing is charged. Validation is synchronous, so one budget at a time is all there is.
 */
let remainingWork = Number.POSITIVE_INFINITY;
let isOverBudget = false;

/** Runs `validate` with a fresh regex budget; `exceeded` says the budget ran out (tests past it failed). */
export function meterRegexWork<T>(validate: () => T): { result: T; exceeded: boolean } {
  const outer = { remainingWork, isOverBudget };
  remainingWork = formLimits.regexWorkPerValidation;
  isOverBudget = false;
  try {
    const result = validate();
    return { result, exceeded: isOverBudget };
  } finally {
    remainingWork = outer.remainingWork;
    isOverBudget = outer.isOverBudget;
  }
}

function linearRegExp(pattern: string, _flags: string): RegExpLike {
  const compiled = compileLinearPattern(pattern);
  const size = compiled.programSize();
  const regExp = {
    test(input: string): boolean {
      remainingWork -= size * (input.length + 1);
      if (remainingWork < 0) {
        isOverBudget = true;
        return false;
      }
      return compiled.test(input);
    },
    // ajv keeps one compiled pattern per distinct `toString()`: it must differ per pattern
    toString: () => `re2:${pattern}`,
  };
  return regExp;
}

/** ajv's `code.regExp`: every `pattern` and `patternProperties` key goes through RE2. */
export const re2RegExp: RegExpEngine = Object.assign(linearRegExp, { code: 're2js' });
