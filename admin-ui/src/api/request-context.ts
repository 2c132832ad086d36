/*
 * State the fetch wrapper needs but does not own: the session's CSRF token, the UI locale (so problem
 * titles come back in the user's language) and what to do when the session is gone.
 */
let csrfToken: string | null = null;
let locale = 'zh-CN';
let onUnauthorized: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function setRequestLocale(value: string): void {
  locale = value;
}

export function getRequestLocale(): string {
  return locale;
}

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function notifyUnauthorized(): void {
  onUnauthorized();
}
