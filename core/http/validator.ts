import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function createAjv(coerceTypes: Options['coerceTypes']): Ajv {
  // removeAdditional stays off: an unknown field is an error the client must hear about, not something to drop.
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes, strict: false });
  addFormats.default(ajv);
  ajv.addFormat('time-zone', { type: 'string', validate: isTimeZone });
  return ajv;
}

/**
 * Bodies are validated as sent (a string is never coerced into a number); query strings and path params
 * arrive as text, so they are coerced to the schema's types.
 */
export function registerValidator(app: FastifyInstance): void {
  const strict = createAjv(false);
  const coercing = createAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));
}
