import { type FormLocale, formMessage, type MessageVars } from './form-messages.ts';

/** One problem with a form's schema or data: where (a JSON pointer), a stable code and a localized message. */
export interface FormProblem {
  pointer: string;
  code: string;
  message: string;
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** `at` (itself a pointer, `''` for the document) followed by `tokens`. */
export function pointerOf(at: string, tokens: readonly (string | number)[]): string {
  return tokens.reduce<string>((pointer, token) => `${pointer}/${escapePointerToken(String(token))}`, at);
}

/** A problem whose message is `messageKey`'s (a more precise wording of the code, e.g. `format.email`). */
export function formProblem(
  pointer: string,
  code: string,
  locale: FormLocale,
  vars: MessageVars = {},
  messageKey: string = code,
): FormProblem {
  return { pointer, code, message: formMessage(locale, messageKey, vars) };
}
