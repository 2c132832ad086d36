import pg from 'pg';
import { isUuid } from '../tenancy/tenant-binding.ts';
import type { TokenCache } from './token-cache.ts';

const channel = 'tessera_principals';
const retryMs = 1_000;

/**
 * Keeps one connection LISTENing for principal changes and evicts the changed tenant's cached tokens.
 * The cache is used only while the connection is up: after a drop it is cleared and bypassed until the
 * listener is back, so a missed notice can never leave a revoked token working.
 */
export function startPrincipalChangeListener(
  connectionString: string,
  cache: TokenCache,
  log: (message: string) => void,
): { stop: () => Promise<void> } {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (notice) => {
      if (notice.channel === channel && isUuid(notice.payload)) cache.invalidateTenant(notice.payload);
    });
    const drop = () => {
      cache.setListening(false);
      if (client === next) client = undefined;
      if (!stopped && !retry) retry = setTimeout(reconnect, retryMs).unref();
    };
    next.on('error', (error) => {
      log(`principal change listener: ${error.message}`);
      drop();
    });
    next.on('end', drop);
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (stopped) {
        await next.end();
        return;
      }
      client = next;
      cache.setListening(true);
    } catch (error) {
      log(`principal change listener: ${(error as Error).message}`);
      drop();
    }
  };
  const reconnect = () => {
    retry = undefined;
    void connect();
  };
  void connect();

  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      cache.setListening(false);
      await client?.end().catch(() => undefined);
    },
  };
}
