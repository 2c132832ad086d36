import { DriverException } from '@mikro-orm/core';

/**
 * What an unexpected error may put in the log. A database error's message quotes the failing statement with
 * its values (password hashes, token digests, e-mail addresses), so only its kind and SQLSTATE are kept.
 */
export function loggableError(error: unknown): unknown {
  if (error instanceof DriverException) {
    const cause = (error as { cause?: { constraint?: string; table?: string; routine?: string } }).cause;
    return {
      type: error.name,
      sqlState: error.sqlState ?? error.code,
      constraint: cause?.constraint,
      table: cause?.table,
      stack: error.stack?.split('\n').slice(1).join('\n'),
    };
  }
  return error;
}
