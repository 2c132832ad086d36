import type { Ajv, ValidateFunction } from 'ajv';
import { problemsOfAjvErrors } from './ajv-error-problems.ts';
import { checkFormData } from './check-form-data.ts';
import { checkFormSchema } from './check-form-schema.ts';
import { createFormAjv } from './form-ajv-options.ts';
import type { FormLocale } from './form-messages.ts';
import { type FormProblem, formProblem } from './form-problem.ts';
import type { JsonObject } from './json-value.ts';
import { meterRegexWork } from './re2-regexp.ts';

export interface FormDataValidation {
  /** The schema (`key`) and the data it must accept. */
  key: string;
  schema: unknown;
  data: unknown;
  locale: FormLocale;
  /** Where the data sits in the request, for the problems' pointers. */
  dataAt?: string;
  /** Where the schema sits: `/schema` for a stored form, `/body/schema` for one being saved. */
  schemaAt?: string;
}

export interface FormDataResult {
  problems: FormProblem[];
  /** When there is no problem: a copy of the data with the schema's defaults filled in. */
  data?: unknown;
}

export interface FormDataValidator {
  validate(input: FormDataValidation): FormDataResult;
  /** How many compiled schemas are held. */
  readonly size: number;
}

interface Compiled {
  source: unknown;
  text: string;
  schema: JsonObject;
  validate: ValidateFunction;
}

function textOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    // too deep to serialize: checkFormSchema says why
    return undefined;
  }
}

/**
 * Validates form data against a form schema: the data checks first, then the schema checks, then ajv
 * with `formAjvOptions`. Compiled schemas are kept by `key` (e.g. `formId@version`) in a least recently
 * used cache of `maxCompiled` entries; an entry is reused only while the schema given with its key is
 * the same JSON, so a key whose schema changed (an option set was edited and expanded anew) compiles
 * again instead of validating against the old one.
 */
export function createFormDataValidator({ maxCompiled = 200 }: { maxCompiled?: number } = {}): FormDataValidator {
  const compiled = new Map<string, Compiled>();
  let ajv: Ajv | undefined;

  const forget = (key: string): void => {
    const entry = compiled.get(key);
    if (!entry) return;
    compiled.delete(key);
    ajv?.removeSchema(entry.schema);
  };

  const compiledFor = (input: FormDataValidation): Compiled | FormProblem[] => {
    const { key, schema, locale, schemaAt = '/schema' } = input;
    const cached = compiled.get(key);
    if (cached && (cached.source === schema || cached.text === textOf(schema))) {
      compiled.delete(key);
      compiled.set(key, { ...cached, source: schema });
      return cached;
    }
    const checked = checkFormSchema(schema, { locale, at: schemaAt });
    if (!checked.schema) return checked.problems;
    ajv ??= createFormAjv();
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(checked.schema);
    } catch {
      return [formProblem(schemaAt, 'schema-invalid', locale)];
    }
    forget(key);
    const entry = { source: schema, text: JSON.stringify(schema), schema: checked.schema, validate };
    compiled.set(key, entry);
    for (const oldest of compiled.keys()) {
      if (compiled.size <= maxCompiled) break;
      forget(oldest);
    }
    return entry;
  };

  return {
    validate(input) {
      const { data, locale, dataAt = '/body/data' } = input;
      const dataProblems = checkFormData(data, { locale, at: dataAt });
      if (dataProblems.length > 0) return { problems: dataProblems };
      const entry = compiledFor(input);
      if (Array.isArray(entry)) return { problems: entry };
      // defaults are filled into a copy: the caller's data is never changed
      const copy: unknown = structuredClone(data);
      const { result: isValid, exceeded } = meterRegexWork(() => entry.validate(copy));
      if (exceeded) return { problems: [formProblem(dataAt, 'regex-work-exceeded', locale)] };
      if (!isValid) return { problems: problemsOfAjvErrors(entry.validate.errors ?? [], dataAt, locale) };
      return { problems: [], data: copy };
    },
    get size() {
      return compiled.size;
    },
  };
}

let shared: FormDataValidator | undefined;

/** `createFormDataValidator`'s validation with one cache for the whole process (or browser tab). */
export function validateFormData(input: FormDataValidation): FormDataResult {
  shared ??= createFormDataValidator();
  return shared.validate(input);
}
