import { Ajv, type Options } from 'ajv';
import { formFormats } from './form-formats.ts';
import { re2RegExp } from './re2-regexp.ts';

/**
 * The one ajv configuration forms are validated with, on the server (`validate-form-data.ts`) and in the
 * browser (RJSF's `customizeValidator`, admin-ui/src/forms/form-validator.ts). Any option that can change
 * whether data passes is set here, so the two sides cannot drift. Forms are JSON Schema draft-07 (RJSF's
 * default meta-schema), which is what ajv's default `Ajv` class reads.
 *
 * Strictness: `strictSchema` is off and `checkFormSchema` is the gate instead. ajv's strict mode would
 * also refuse ordinary RJSF forms (a `default` inside a `dependencies`/`oneOf` branch, a `default` on
 * the root), while the checker refuses exactly what we mean to: any keyword outside draft-07 and the
 * `x-` extensions below, any `format` outside `formFormats`, with a JSON pointer and a localized message.
 * The extensions are registered with ajv as annotations, so ajv knows and type-checks them.
 */
export const formAjvOptions = {
  allErrors: true,
  strictSchema: false,
  strictNumbers: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allowUnionTypes: true,
  // `required: ['toString']` must not be met by what every object inherits
  ownProperties: true,
  removeAdditional: false,
  useDefaults: true,
  coerceTypes: false,
  $data: false,
  // no `loadSchema`: nothing is ever fetched; only `#/definitions/…` refs pass checkFormSchema
  addUsedSchema: false,
  validateFormats: true,
  // as RJSF's own defaults, spelled out because they change results (`multipleOf` on decimals)
  multipleOfPrecision: 8,
  discriminator: false,
  verbose: true,
  // big option sets become long `enum`s: loop over them instead of generating one comparison each
  loopEnum: 50,
  loopRequired: 50,
  logger: false,
  code: { regExp: re2RegExp },
} as const satisfies Options;

/** The `x-` keywords forms carry, with the JSON Schema their value must satisfy. */
export const formExtensionKeywords = {
  /** The key of an option set; the server expands it into `enum`/`oneOf` before validating. */
  'x-options': { type: 'string', minLength: 1, maxLength: 100 },
  /** The admin UI widget to render the field with (`'ui:widget'` in a uiSchema does the same). */
  'x-widget': { type: 'string', minLength: 1, maxLength: 100 },
  /** On a record picker (`x-widget: record`): the resource its value is an id of, `<plugin>.<resource>`. */
  'x-record': { type: 'string', minLength: 1, maxLength: 100 },
  /** On an expanded option (`{ const, title }`): its parent option's value, so a cascader can show the tree. */
  'x-parent': { type: 'string', minLength: 1, maxLength: 100 },
} as const;

export type FormExtensionKeyword = keyof typeof formExtensionKeywords;

/** Adds the form formats and extension keywords to an ajv made with `formAjvOptions`. */
export function configureFormAjv<T extends Ajv>(ajv: T): T {
  for (const [name, validate] of Object.entries(formFormats)) ajv.addFormat(name, { type: 'string', validate });
  for (const [keyword, metaSchema] of Object.entries(formExtensionKeywords)) ajv.addKeyword({ keyword, metaSchema });
  return ajv;
}

export function createFormAjv(): Ajv {
  return configureFormAjv(new Ajv(formAjvOptions));
}
