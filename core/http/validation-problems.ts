import type { FastifySchemaValidationError, SchemaErrorDataVar } from 'fastify/types/schema.js';
import { type Locale, translate } from '../i18n/translate.ts';
import type { FieldProblem } from './domain-error.ts';

const contextSegment: Record<SchemaErrorDataVar, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function describe(
  error: FastifySchemaValidationError,
  locale: Locale,
): { code: string; message: string; extra?: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        code: 'required',
        message: translate(locale, 'validation.required'),
        extra: String(params.missingProperty),
      };
    case 'additionalProperties':
      return {
        code: 'additional-property',
        message: translate(locale, 'validation.additional-property'),
        extra: String(params.additionalProperty),
      };
    case 'type':
      return { code: 'type', message: translate(locale, 'validation.type', { type: String(params.type) }) };
    case 'format':
      return { code: 'format', message: translate(locale, 'validation.format', { format: String(params.format) }) };
    case 'enum':
      return {
        code: 'enum',
        message: translate(locale, 'validation.enum', { values: (params.allowedValues as unknown[]).join(', ') }),
      };
    case 'minLength':
      return {
        code: 'min-length',
        message: translate(locale, 'validation.min-length', { limit: Number(params.limit) }),
      };
    case 'maxLength':
      return {
        code: 'max-length',
        message: translate(locale, 'validation.max-length', { limit: Number(params.limit) }),
      };
    case 'minimum':
      return { code: 'minimum', message: translate(locale, 'validation.minimum', { limit: Number(params.limit) }) };
    case 'maximum':
      return { code: 'maximum', message: translate(locale, 'validation.maximum', { limit: Number(params.limit) }) };
    case 'pattern':
      return { code: 'pattern', message: translate(locale, 'validation.pattern') };
    default:
      return { code: 'invalid', message: translate(locale, 'validation.invalid') };
  }
}

function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** ajv errors → JSON pointers into the request (`/body/email`, `/query/pageSize`), one entry per field. */
export function fieldProblemsOf(
  errors: FastifySchemaValidationError[],
  context: SchemaErrorDataVar | undefined,
  locale: Locale,
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const { code, message, extra } = describe(error, locale);
    const base = `/${contextSegment[context ?? 'body']}${error.instancePath}`;
    const pointer = extra === undefined ? base : `${base}/${escapePointerToken(extra)}`;
    const key = `${pointer} ${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ pointer, code, message });
  }
  return problems;
}
