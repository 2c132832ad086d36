import type { LoadOptions } from './load.ts';

/** What a drained run gave: only counts, it is not a measurement. */
export interface DrainedLoadResult {
  requests: number;
  errors: number;
  statusCodes: Record<string, number>;
}

/**
 * Sends the load's request from `connections` workers for `durationSeconds`, each waiting for its answer
 * before sending the next, and returns once every answer is in. autocannon instead closes its sockets
 * with requests in flight when its time is up; a warm-up that does that to the platform's write routes
 * leaves it with requests cut off mid-way, which a measurement right after should not inherit.
 */
export async function runDrainedLoad(options: Omit<LoadOptions, 'title'>): Promise<DrainedLoadResult> {
  if (options.tokens.length === 0) throw new Error('no tokens to send');
  const url = `${options.baseUrl}${options.path}`;
  const deadline = Date.now() + options.durationSeconds * 1000;
  const result: DrainedLoadResult = { requests: 0, errors: 0, statusCodes: {} };
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const token = options.tokens[sent++ % options.tokens.length];
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (options.jsonBody !== undefined) headers['content-type'] = 'application/json';
      try {
        const response = await fetch(url, {
          method: options.method ?? 'GET',
          headers,
          body: options.jsonBody,
          signal: AbortSignal.timeout(30000),
        });
        await response.arrayBuffer();
        result.requests++;
        result.statusCodes[response.status] = (result.statusCodes[response.status] ?? 0) + 1;
      } catch {
        result.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return result;
}
