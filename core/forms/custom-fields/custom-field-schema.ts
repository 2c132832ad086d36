import type { Locale } from '../../i18n/translate.ts';
import type { CustomField } from './custom-field-store.ts';

type Schema = Record<string, unknown>;

/** Text lengths a field gets when its administrator sets none. */
const defaultMaxLength = { text: 500, textarea: 5000 } as const;
/** At most this many values in a multi-option field. */
const maxOptions = 100;

function textProperty(field: CustomField, widget?: string): Schema {
  const { minLength, maxLength, pattern } = field.constraints;
  return {
    type: 'string',
    maxLength: maxLength ?? defaultMaxLength[field.type === 'textarea' ? 'textarea' : 'text'],
    ...(minLength !== undefined ? { minLength } : {}),
    ...(pattern !== undefined ? { pattern } : {}),
    ...(widget ? { 'x-widget': widget } : {}),
  };
}

function numberProperty(type: 'integer' | 'number', field: CustomField, widget?: string): Schema {
  const { minimum, maximum } = field.constraints;
  return {
    type,
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
    ...(widget ? { 'x-widget': widget } : {}),
  };
}

/**
 * A field's value as draft-07 JSON Schema, in the form language forms use (`x-options`, `x-widget`), so
 * the shared form validator checks it on both sides. Money is integer fen; date-times are RFC 3339.
 */
export function customFieldProperty(field: CustomField, locale?: Locale): Schema {
  const shape = ((): Schema => {
    switch (field.type) {
      case 'text':
        return textProperty(field);
      case 'textarea':
        return textProperty(field, 'textarea');
      case 'integer':
        return numberProperty('integer', field);
      case 'number':
        return numberProperty('number', field);
      case 'money':
        return numberProperty('integer', field, 'money');
      case 'date':
        return { type: 'string', format: 'date' };
      case 'date-time':
        return { type: 'string', format: 'date-time', 'x-widget': 'date-time' };
      case 'boolean':
        return { type: 'boolean' };
      case 'option':
        return { type: 'string', 'x-options': field.optionSet ?? '' };
      case 'options':
        return { type: 'array', uniqueItems: true, maxItems: maxOptions, items: { type: 'string', 'x-options': field.optionSet ?? '' } };
    }
  })();
  if (!locale) return shape;
  const description = field.description[locale];
  return { ...shape, title: field.title[locale], ...(description ? { description } : {}) };
}

/**
 * The `custom` object of a record as JSON Schema: the enabled fields, nothing else. `required` lists the
 * required ones (a create checks them; an update checks only the ones it clears).
 */
export function customObjectSchema(fields: readonly CustomField[], options: { locale?: Locale; required: boolean }): Schema {
  const enabled = fields.filter((field) => !field.disabled);
  const required = options.required ? enabled.filter((field) => field.required).map((field) => field.key) : [];
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(enabled.map((field) => [field.key, customFieldProperty(field, options.locale)])),
    ...(required.length > 0 ? { required } : {}),
  };
}
