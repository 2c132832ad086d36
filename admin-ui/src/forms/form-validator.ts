import {
  type CustomValidator,
  type ErrorTransformer,
  type FormContextType,
  type RJSFSchema,
  type RJSFValidationError,
  type StrictRJSFSchema,
  toErrorSchema,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { localizeAjvErrors } from '@tessera/schemas/form-validation/ajv-error-problems';
import { checkFormData } from '@tessera/schemas/form-validation/check-form-data';
import { checkFormSchema } from '@tessera/schemas/form-validation/check-form-schema';
import { configureFormAjv, formAjvOptions } from '@tessera/schemas/form-validation/form-ajv-options';
import type { FormLocale } from '@tessera/schemas/form-validation/form-messages';
import { type FormProblem, formProblem, unescapePointerToken } from '@tessera/schemas/form-validation/form-problem';
import { meterRegexWork } from '@tessera/schemas/form-validation/re2-regexp';

/** A schema's problems, or the schema validation reads (with caps added) when it has none. */
interface CheckedSchema<S> {
  problems: FormProblem[];
  schema?: S;
}

/** `/contacts/0/phone` → `.contacts.0.phone`, the property path RJSF files errors under. */
function propertyOf(pointer: string): string {
  return pointer === '' ? '' : pointer.split('/').slice(1).map(unescapePointerToken).map((token) => `.${token}`).join('');
}

const maxCheckedTexts = 50;

function jsonTextOf(schema: object): string | undefined {
  try {
    return JSON.stringify(schema);
  } catch {
    // nested too deep to serialize: checkFormSchema says so
    return undefined;
  }
}

/** The data as it will be sent: JSON drops `undefined` members, so validation does too (as the server sees it). */
function asSent<T>(data: T | undefined): T | undefined {
  if (data === undefined) return undefined;
  // checkFormData has passed: plain JSON values of bounded depth
  return JSON.parse(JSON.stringify(data)) as T;
}

/**
 * RJSF's validator for tenant-made forms: the same ajv options, formats, `x-` keywords, RE2 patterns,
 * schema checks, data checks and messages as the server (schemas/form-validation), so a payload the form
 * accepts is one the server accepts, and the reverse. Schema problems are shown on the form as a whole,
 * prefixed with where in the schema they are; data problems under their field.
 */
export class FormValidator<
  T = Record<string, unknown>,
  S extends StrictRJSFSchema = RJSFSchema,
  F extends FormContextType = FormContextType,
> implements ValidatorType<T, S, F>
{
  private readonly locale: FormLocale;
  private readonly ajvValidator: ValidatorType<T, S, F>;
  private checkedSchemas = new WeakMap<object, CheckedSchema<S>>();
  private readonly checkedTexts = new Map<string, CheckedSchema<S>>();

  constructor(locale: FormLocale) {
    this.locale = locale;
    this.ajvValidator = customizeValidator<T, S, F>(
      // RJSF's ajv-formats (with formats on the built-in regex engine) stays out: the form formats come in
      // through configureFormAjv, as on the server
      { ajvOptionsOverrides: formAjvOptions, ajvFormatOptions: false, extenderFn: configureFormAjv },
      localizeAjvErrors(locale),
    );
  }

  /**
   * The schema checked once per object and once per content: live validation hands over a freshly
   * resolved schema on each change, and the same content must reuse the same capped copy, which ajv
   * has already compiled.
   */
  private checked(schema: S): CheckedSchema<S> {
    const known = this.checkedSchemas.get(schema);
    if (known) return known;
    const text = jsonTextOf(schema);
    let checked = text === undefined ? undefined : this.checkedTexts.get(text);
    if (!checked) {
      const { problems, schema: capped } = checkFormSchema(schema, { locale: this.locale, at: '' });
      // the capped copy is `schema` with `maxItems`/`maxLength`/`maxProperties` added: still an S
      checked = { problems, schema: capped as unknown as S | undefined };
      if (text !== undefined) this.rememberText(text, checked);
    }
    this.checkedSchemas.set(schema, checked);
    return checked;
  }

  private rememberText(text: string, checked: CheckedSchema<S>): void {
    this.checkedTexts.set(text, checked);
    for (const oldest of this.checkedTexts.keys()) {
      if (this.checkedTexts.size <= maxCheckedTexts) break;
      this.checkedTexts.delete(oldest);
    }
  }

  private failed(
    problems: readonly FormProblem[],
    isAboutSchema: boolean,
    transformErrors: ErrorTransformer<T, S, F> | undefined,
    uiSchema: UiSchema<T, S, F> | undefined,
  ): ValidationData<T> {
    let errors: RJSFValidationError[] = problems.map((problem) => {
      const property = isAboutSchema ? '' : propertyOf(problem.pointer);
      const message = isAboutSchema ? `${problem.pointer || '/'}: ${problem.message}` : problem.message;
      return { name: problem.code, message, property, params: {}, schemaPath: '', stack: `${property} ${message}`.trim() };
    });
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    return { errors, errorSchema: toErrorSchema<T>(errors) };
  }

  validateFormData(
    formData: T | undefined,
    schema: S,
    customValidate?: CustomValidator<T, S, F>,
    transformErrors?: ErrorTransformer<T, S, F>,
    uiSchema?: UiSchema<T, S, F>,
  ): ValidationData<T> {
    const checked = this.checked(schema);
    if (!checked.schema) return this.failed(checked.problems, true, transformErrors, uiSchema);
    const dataProblems = checkFormData(formData, { locale: this.locale, at: '' });
    if (dataProblems.length > 0) return this.failed(dataProblems, false, transformErrors, uiSchema);
    const capped = checked.schema;
    const { result, exceeded } = meterRegexWork(() =>
      this.ajvValidator.validateFormData(asSent(formData), capped, customValidate, transformErrors, uiSchema),
    );
    if (!exceeded) return result;
    return this.failed([formProblem('', 'regex-work-exceeded', this.locale)], false, transformErrors, uiSchema);
  }

  isValid(schema: S, formData: T | undefined, rootSchema: S): boolean {
    if (!this.checked(rootSchema).schema) return false;
    if (checkFormData(formData, { locale: this.locale, at: '' }).length > 0) return false;
    const { result, exceeded } = meterRegexWork(() => this.ajvValidator.isValid(schema, asSent(formData), rootSchema));
    return result && !exceeded;
  }

  rawValidation<Result = unknown>(schema: S, formData?: T): { errors?: Result[]; validationError?: Error } {
    const checked = this.checked(schema);
    const problems = checked.schema ? checkFormData(formData, { locale: this.locale, at: '' }) : checked.problems;
    if (!checked.schema || problems.length > 0) {
      return { validationError: new Error(problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ')) };
    }
    const capped = checked.schema;
    return meterRegexWork(() => this.ajvValidator.rawValidation<Result>(capped, asSent(formData))).result;
  }

  reset(): void {
    this.ajvValidator.reset?.();
    this.checkedSchemas = new WeakMap();
    this.checkedTexts.clear();
  }
}

const validators = new Map<FormLocale, FormValidator>();

/** The form validator for `locale`, one per language for the whole app (compiled schemas are shared). */
export function formValidator(locale: FormLocale): FormValidator {
  let validator = validators.get(locale);
  if (!validator) {
    validator = new FormValidator(locale);
    validators.set(locale, validator);
  }
  return validator;
}
