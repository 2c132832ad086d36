import { AsyncLocalStorage } from 'node:async_hooks';

/** Who a database transaction acts for. `null` binds nothing, so RLS shows that side nothing. */
export interface TenantBinding {
  readonly tenantId: string | null;
  readonly userId: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

const store = new AsyncLocalStorage<TenantBinding>();

/** Runs `fn` so that every transaction it begins is bound to `binding` (read by the database driver). */
export function runBound<T>(binding: TenantBinding, fn: () => Promise<T>): Promise<T> {
  for (const id of [binding.tenantId, binding.userId]) {
    if (id !== null && !isUuid(id)) throw new TypeError('tenant binding ids must be lower-case UUIDs');
  }
  return store.run(binding, fn);
}

/** The binding of the transactions begun here (see {@link runBound}), if any. */
export function currentBinding(): TenantBinding | undefined {
  return store.getStore();
}

/**
 * The statement that opens a bound transaction: `BEGIN` and both `set_config(…, true)` calls travel as one
 * simple-protocol message, saving a round trip per request. The ids are inlined, which is safe only
 * because `runBound` accepted nothing but UUIDs. Transaction-local settings vanish at COMMIT/ROLLBACK, so
 * a pooled connection never carries a tenant into the next request.
 */
export function currentBeginSql(): string | undefined {
  const binding = store.getStore();
  if (!binding) return undefined;
  return `BEGIN; SELECT set_config('app.tenant_id', '${binding.tenantId ?? ''}', true), set_config('app.user_id', '${binding.userId ?? ''}', true)`;
}
