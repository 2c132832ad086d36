import type { ErrorObject } from 'ajv';
import { type FormLocale, formMessage, hasFormMessage } from './form-messages.ts';
import { type FormProblem, pointerOf } from './form-problem.ts';

/** The core's spelling of a problem code (`minLength` → `min-length`), as fastify route errors use it. */
function codeOfKeyword(keyword: string): string {
  if (keyword === 'additionalProperties') return 'additional-property';
  if (keyword === 'false schema') return 'false-schema';
  return keyword.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function textParam(error: ErrorObject, name: string): string | undefined {
  const value: unknown = (error.params as Record<string, unknown>)[name];
  // RJSF wraps property names in quotes while its localizer runs
  return typeof value === 'string' ? value.replace(/^'(.*)'$/, '$1') : undefined;
}

/** The property an error is about when ajv reports it on the object holding it. */
function propertyOf(error: ErrorObject): string | undefined {
  if (error.keyword === 'required' || error.keyword === 'dependencies') return textParam(error, 'missingProperty');
  if (error.keyword === 'additionalProperties') return textParam(error, 'additionalProperty');
  if (error.keyword === 'propertyNames') return textParam(error, 'propertyName');
  return undefined;
}

/** Our code and localized message for one ajv error. */
export function describeAjvError(error: ErrorObject, locale: FormLocale): { code: string; message: string } {
  const code = codeOfKeyword(error.keyword);
  const params = error.params as Record<string, unknown>;
  const limit = params.limit ?? params.multipleOf;
  const vars = { limit: typeof limit === 'number' ? limit : '', property: textParam(error, 'property') ?? '' };
  // `type.integer`, `format.email`: a more precise wording where there is one
  const precise = code === 'type' ? `type.${String(params.type)}` : code === 'format' ? `format.${String(params.format)}` : code;
  return { code, message: formMessage(locale, hasFormMessage(precise) ? precise : code, vars) };
}

/**
 * ajv's errors as form problems, with pointers below `at` (`/body/data/contacts/0/phone`): a missing
 * or unexpected property is pointed at itself, not at its object. `if` errors are left out: they only
 * repeat that the `then`/`else` branch failed, whose own errors are listed.
 */
export function problemsOfAjvErrors(errors: readonly ErrorObject[], at: string, locale: FormLocale): FormProblem[] {
  const seen = new Set<string>();
  const problems: FormProblem[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const property = propertyOf(error);
    const pointer = `${at}${error.instancePath}${property === undefined ? '' : pointerOf('', [property])}`;
    const { code, message } = describeAjvError(error, locale);
    if (seen.has(`${pointer} ${code}`)) continue;
    seen.add(`${pointer} ${code}`);
    problems.push({ pointer, code, message });
  }
  return problems;
}

/** RJSF's `localizer`: ajv's English replaced by the same messages the server sends. */
export function localizeAjvErrors(locale: FormLocale): (errors?: ErrorObject[] | null) => void {
  return (errors) => {
    for (const error of errors ?? []) error.message = describeAjvError(error, locale).message;
  };
}
