import type { RJSFValidationError } from '@rjsf/utils';
import { formatFen } from '../../../format/format-fen.ts';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

const branchKeywords = new Set(['oneOf', 'not', 'const', 'if']);
const limitKeywords = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/**
 * A conditional field's branch failing says nothing a person can act on (the trigger "must not be"
 * its value, "exactly one case must match"): the field's own error (required, too long) is reported
 * beside it and is the one to show.
 */
function isBranchError(error: RJSFValidationError): boolean {
  return branchKeywords.has(error.name ?? '') && (error.schemaPath ?? '').startsWith('#/dependencies/');
}

const withDot = (property: string | undefined) => (property && !property.startsWith('.') ? `.${property}` : (property ?? ''));

/**
 * RJSF's `transformErrors` for tenant forms: the shared validator's messages (the server's wording, in
 * the user's language) stay as they are, except that branch failures of conditional fields go and
 * money limits read in yuan (`¥1.00`, not 100).
 */
export function formErrorTransformer(t: Translate, moneyPaths: readonly string[]) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] =>
    errors
      .filter((error) => !isBranchError(error))
      .map((error) => {
        const limit = error.params?.limit;
        if (!limitKeywords.has(error.name ?? '') || typeof limit !== 'number' || !moneyPaths.includes(withDot(error.property))) return error;
        const message = t(`resource.validation.${error.name}`, { limit: formatFen(limit) });
        return { ...error, message, stack: message };
      });
}
