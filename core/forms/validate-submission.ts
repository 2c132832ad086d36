import { checkFormSchema } from '@tessera/schemas/form-validation/check-form-schema';
import { validateFormData } from '@tessera/schemas/form-validation/validate-form-data';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { Locale } from '../i18n/translate.ts';

/**
 * Refuses a form schema being saved or published, with pointers under `/body/schema`; returns the
 * schema as validation will read it (list, text and object caps added where it sets none).
 */
export function checkFormDefinition(schema: unknown, locale: Locale): Record<string, unknown> {
  const checked = checkFormSchema(schema, { locale, at: '/body/schema' });
  if (!checked.schema) throw new ValidationFailedError({}, { fieldProblems: checked.problems });
  return checked.schema;
}

/**
 * Validates a submission against the exact published version it is made to, with the same rules the
 * browser applies (schemas/form-validation). `schema` is that version's schema with its option sets
 * already expanded into `enum`/`oneOf`. Field problems point under `/body/data`. Returns a copy of the
 * data with the schema's defaults filled in, which is what is stored.
 */
export function validateSubmission(input: {
  formId: string;
  version: number;
  schema: unknown;
  data: Record<string, unknown>;
  locale: Locale;
}): Record<string, unknown> {
  const { formId, version, schema, data, locale } = input;
  const result = validateFormData({ key: `${formId}@${version}`, schema, data, locale, dataAt: '/body/data' });
  if (result.problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: result.problems });
  // a structured clone of `data`, an object: defaults were only added inside it
  return result.data as Record<string, unknown>;
}
