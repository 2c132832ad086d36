import autocannon from 'autocannon';

/** What one measured autocannon run gave. */
export interface LoadResult {
  /** Mean requests per second over the per-second samples. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  /** Connection errors, including timeouts. */
  errors: number;
  timeouts: number;
  durationSeconds: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  baseUrl: string;
  path: string;
  /** GET unless told. */
  method?: 'GET' | 'POST';
  /** A JSON body sent with every request (as `content-type: application/json`). */
  jsonBody?: string;
  /** API tokens; request n of the whole run carries tokens[n % tokens.length]. */
  tokens: readonly string[];
  connections: number;
  durationSeconds: number;
  title: string;
}

/**
 * Runs autocannon against one path. Requests rotate over the tokens in one shared counter, so every tenant
 * gets the same share of the load whatever the number of connections.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.tokens.length === 0) throw new Error('no tokens to send');
  const authorizations = options.tokens.map((token) => `Bearer ${token}`);
  const body =
    options.jsonBody === undefined
      ? {}
      : { body: options.jsonBody, headers: { 'content-type': 'application/json' } };
  let sent = 0;
  const result = await autocannon({
    url: options.baseUrl,
    title: options.title,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [
      {
        method: options.method ?? 'GET',
        path: options.path,
        ...body,
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, authorization: authorizations[sent++ % authorizations.length] ?? '' },
        }),
      },
    ],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats)) statusCodes[code] = stats.count;
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    statusCodes,
  };
}
