import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Polls `url` until it answers 200; fails after `timeoutMs` or as soon as `aborted()` says the server died. */
export async function waitForOk(url: string, timeoutMs: number, aborted: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const reason = aborted();
    if (reason) throw new Error(`${url} will not answer: ${reason}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  constructor(method: string, url: string, status: number, body: string) {
    super(`${method} ${url} → ${status}: ${body.slice(0, 500)}`);
    this.status = status;
  }
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends a JSON request and parses the JSON answer; a status other than `expected` throws. */
export async function requestJson(
  method: string,
  url: string,
  options: { body?: unknown; headers?: Record<string, string>; expected: number },
): Promise<JsonResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(30000) });
  const text = await response.text();
  if (response.status !== options.expected) throw new HttpError(method, url, response.status, text);
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
