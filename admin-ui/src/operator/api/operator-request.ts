import { ApiError } from '../../api/api-error.ts';
import { apiRequest, type RequestOptions } from '../../api/api-request.ts';

/*
 * The operator console's calls: the operator session's CSRF token (never the company user's) and its own
 * reaction to a 401, which sends the operator to /operator/sign-in rather than to the tenants' sign-in.
 */
let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

export function setOperatorCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setOperatorUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Like `apiRequest`, as the signed-in operator; `redirectOn401: false` for the sign-in itself. */
export async function operatorRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await apiRequest<T>(path, { ...options, csrfToken, redirectOn401: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && options.redirectOn401 !== false) onUnauthorized();
    throw error;
  }
}
