import type { RequestAccess } from '../access/request-access.ts';

/** What an API-token lookup yields: enough to build the principal without reading the row again. */
export interface CachedToken {
  /** The token role's rules, as the creator's departments and attributes fill them in. */
  access: RequestAccess;
  id: string;
  role: string;
  createdBy: string;
  expiresAt: number | null;
  lastUsedAt: number;
}

interface Entry {
  tenantId: string;
  token: CachedToken;
  storedAt: number;
}

/**
 * Per-process cache of API-token principals, so a machine call costs no token query. It is safe only
 * while this process hears PostgreSQL's change notices (`tessera_principals`): until `listening` is
 * set, and whenever the listener drops, it stores and returns nothing. A per-tenant generation counter
 * keeps a lookup that raced with an invalidation from storing what it read before the change.
 */
export class TokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #generations = new Map<string, number>();
  /** Bumped whenever the listener drops: a lookup from before then is never stored. */
  #epoch = 0;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  #listening = false;

  constructor(options: { ttlMs?: number; maxEntries?: number } = {}) {
    this.#ttlMs = options.ttlMs ?? 30_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  get listening(): boolean {
    return this.#listening;
  }

  setListening(listening: boolean): void {
    this.#listening = listening;
    if (listening) return;
    this.#entries.clear();
    this.#epoch++;
  }

  generation(tenantId: string): string {
    return `${this.#epoch}:${this.#generations.get(tenantId) ?? 0}`;
  }

  get(tenantId: string, key: string, now: number): CachedToken | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(key);
    if (!entry || entry.tenantId !== tenantId) return undefined;
    if (now - entry.storedAt > this.#ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.token;
  }

  /** Stores a lookup that began at `generation`; dropped when the tenant was invalidated since. */
  put(tenantId: string, key: string, token: CachedToken, generation: string, now: number): void {
    if (!this.#listening || this.generation(tenantId) !== generation) return;
    if (this.#entries.size >= this.#maxEntries) this.#entries.clear();
    this.#entries.set(key, { tenantId, token, storedAt: now });
  }

  invalidateTenant(tenantId: string): void {
    this.#generations.set(tenantId, (this.#generations.get(tenantId) ?? 0) + 1);
    for (const [key, entry] of this.#entries) if (entry.tenantId === tenantId) this.#entries.delete(key);
  }
}
