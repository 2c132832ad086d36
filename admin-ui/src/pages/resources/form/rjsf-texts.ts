import {
  englishStringTranslator,
  replaceStringParameters,
  type RJSFValidationError,
  TranslatableString,
} from '@rjsf/utils';
import { fenToYuanText } from '../../../format/format-fen.ts';
import type { MessageVars } from '../../../i18n/translate.ts';

type Translate = (key: string, vars?: MessageVars) => string;

const namesOfStrings = new Map<string, string>(
  Object.entries(TranslatableString).map(([name, english]) => [english, name]),
);

/**
 * RJSF's own texts (add/remove buttons, yes/no, …) in the user's language: `resource.rjsf.<EnumName>` from
 * our catalog, with RJSF's `%1` parameters; a text we have not translated stays RJSF's English.
 */
export function rjsfTranslator(t: Translate): (text: TranslatableString, params?: string[]) => string {
  return (text, params) => {
    const name = namesOfStrings.get(text);
    const key = `resource.rjsf.${name}`;
    const translated = name ? t(key) : key;
    if (translated === key) return englishStringTranslator(text, params);
    return replaceStringParameters(translated, params);
  };
}

// ajv's error params, e.g. `{ limit: 5 }` for maxLength.
type Params = Readonly<Record<string, unknown>> | undefined;

function numberParam(params: Params, name: string): number | undefined {
  const value = params?.[name];
  return typeof value === 'number' ? value : undefined;
}

function textParam(params: Params, name: string): string | undefined {
  const value = params?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether an error is about a money field: `.amountFen` or `.amountFen.0` for the field `amountFen`,
 * `.custom.budget` for the custom field `custom.budget`.
 */
function isMoneyPath(property: string | undefined, moneyFields: readonly string[]): boolean {
  const path = (property ?? '').replace(/^\./, '');
  return moneyFields.some((field) => path === field || path.startsWith(`${field}.`));
}

const limitKeywords = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
const lengthKeywords = new Set(['minLength', 'maxLength', 'minItems', 'maxItems']);
const choiceKeywords = new Set(['enum', 'const', 'oneOf', 'anyOf']);

/** The message for one ajv keyword in the user's language; undefined for a keyword we do not word. */
function messageOf(error: RJSFValidationError, t: Translate, isMoney: boolean): string | undefined {
  const keyword = error.name ?? '';
  if (keyword === 'required') return t('resource.validation.required');
  if (limitKeywords.has(keyword)) {
    const limit = numberParam(error.params, 'limit');
    if (limit === undefined) return undefined;
    const shown = isMoney && Number.isSafeInteger(limit) ? `¥${fenToYuanText(limit)}` : limit.toLocaleString('en-US');
    return t(`resource.validation.${keyword}`, { limit: shown });
  }
  if (lengthKeywords.has(keyword)) {
    const limit = numberParam(error.params, 'limit');
    return limit === undefined ? undefined : t(`resource.validation.${keyword}`, { limit });
  }
  if (choiceKeywords.has(keyword)) return t('resource.validation.choice');
  if (keyword === 'type') {
    const type = textParam(error.params, 'type') ?? '';
    if (type.includes('integer')) return t(isMoney ? 'resource.validation.money' : 'resource.validation.integer');
    if (type.includes('number')) return t('resource.validation.number');
    return t('resource.validation.type');
  }
  if (keyword === 'format') {
    const format = textParam(error.params, 'format') ?? '';
    return t(format === 'email' ? 'resource.validation.email' : 'resource.validation.format');
  }
  if (keyword === 'pattern') return t('resource.validation.format');
  if (keyword === 'uniqueItems') return t('resource.validation.unique');
  if (keyword === 'multipleOf') return t('resource.validation.format');
  return undefined;
}

/**
 * RJSF's `transformErrors`: ajv's English messages replaced by ours, in the user's language, next to
 * the field (so without the field's name); limits of money fields read in yuan. Keywords we do not word
 * keep ajv's text.
 */
export function validationTransformer(
  t: Translate,
  moneyFields: readonly string[],
): (errors: RJSFValidationError[]) => RJSFValidationError[] {
  return (errors) =>
    errors.map((error) => {
      const message = messageOf(error, t, isMoneyPath(error.property, moneyFields));
      if (message === undefined) return error;
      return { ...error, message, stack: error.title ? `${error.title}: ${message}` : message };
    });
}
