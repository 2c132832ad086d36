import { ApiError, networkErrorCode, toApiError } from './api-error.ts';
import { getCsrfToken, getRequestLocale, notifyUnauthorized } from './request-context.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | undefined | null;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Auth calls answer 401 for a wrong password; only a lost session should leave the page. */
  redirectOn401?: boolean;
  /**
   * The CSRF token of another session to send on writes instead of the signed-in user's: the operator
   * console's (`src/operator/`), whose session is not the company user's.
   */
  csrfToken?: string | null;
}

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Sends one request with the session cookie; rejects with ApiError on any non-2xx answer. */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    accept,
    'accept-language': getRequestLocale(),
  };
  const csrfToken = options.csrfToken !== undefined ? options.csrfToken : getCsrfToken();
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ code: networkErrorCode, title: networkErrorCode, status: 0 });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && options.redirectOn401 !== false) notifyUnauthorized();
    throw error;
  }
  return response;
}

/** Calls the Tessera API and reads its JSON answer. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  // 204 answers belong to routes typed Promise<void>.
  if (response.status === 204) return undefined as T;
  // The server's response schemas decide the shape; this is the one place the body becomes typed.
  return (await response.json()) as T;
}

export interface DownloadedFile {
  blob: Blob;
  /** From the answer's Content-Disposition; `fallbackName` when it names none. */
  fileName: string;
}

function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // A malformed name falls through to the plain one.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Fetches a file (an export) the same way, so a refused or failed export shows its problem like any call. */
export async function apiDownload(
  path: string,
  fallbackName: string,
  options: RequestOptions = {},
): Promise<DownloadedFile> {
  const response = await send(path, options, '*/*');
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  return { blob: await response.blob(), fileName };
}
