import { createRequire } from 'node:module';
import type pg from 'pg';
import type { TenantBinding } from '../tenancy/tenant-binding.ts';

/**
 * The `pg` that MikroORM's PostgreSQL driver builds the pool's clients from. MikroORM pins its own copy,
 * which may differ from the one the rest of the app resolves; the query below must extend the `Query` of
 * the copy whose clients run it.
 */
export const driverPg = createRequire(import.meta.resolve('@mikro-orm/postgresql'))('pg') as typeof pg;

/**
 * A read that binds its own tenant without a transaction block. In PostgreSQL's extended protocol every
 * message up to a `Sync` runs in one implicit transaction, so this query sends, ahead of its statement and
 * before the `Sync`, a portal of {@link bindingSql}: its `set_config(…, true)` settings hold for the
 * statement behind it and vanish when the `Sync` ends the implicit transaction, exactly as a `BEGIN` …
 * `COMMIT` around them would. That saves PostgreSQL the `BEGIN` and the `COMMIT` and the platform a round
 * trip. The ids travel as bound parameters. The binding portal's row and completion are not the caller's
 * result and are skipped.
 */
export const bindingSql =
  "SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)";
const bindingName = 'tessera_binding';

/** pg's wire connection, as far as this query writes to it (pg's own `Query` uses the same members). */
interface WireConnection {
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  parse(message: { name: string; text: string; types: unknown[] }): void;
  bind(message: { portal: string; statement: string; values: unknown[] }): void;
  execute(message: { portal: string; rows: number }): void;
  close(message: { type: 'S'; name: string }): void;
}

/** The members of pg's `Query` this subclass builds on: untyped in @types/pg, stable across pg 8. */
interface QueryInternals {
  name?: string;
  text: string;
  types?: unknown[];
  prepare(connection: WireConnection): void;
  hasBeenParsed(connection: WireConnection): boolean;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: WireConnection): void;
}

type QueryCallback = (error: Error | null, result: unknown) => void;
type QueryConstructor = new (
  config: { name?: string; text: string; values: readonly unknown[] },
  values: undefined,
  callback: QueryCallback,
) => QueryInternals;

export class ImplicitlyBoundQuery extends (driverPg.Query as unknown as QueryConstructor) {
  readonly #binding: TenantBinding;
  #bindingAnswered = false;

  constructor(
    statement: { name?: string; text: string; values: readonly unknown[] },
    binding: TenantBinding,
    callback: QueryCallback,
  ) {
    super(statement, undefined, callback);
    this.#binding = binding;
  }

  /**
   * The statement's own `Parse` (when due) goes first: pg records a named statement as parsed at the first
   * `ParseComplete` of a query, which must therefore be the statement's. The binding statement is prepared
   * once per connection; until its first run is known to have succeeded, a `Close` goes ahead of its `Parse`
   * (closing a statement that does not exist is no error), so a failure part-way never leaves it in doubt.
   */
  override prepare(connection: WireConnection): void {
    if (this.name && !this.hasBeenParsed(connection)) {
      connection.parse({ name: this.name, text: this.text, types: this.types ?? [] });
      connection.submittedNamedStatements[this.name] = this.text;
    }
    if (connection.parsedStatements[bindingName] === undefined) {
      connection.close({ type: 'S', name: bindingName });
      connection.parse({ name: bindingName, text: bindingSql, types: [] });
    }
    connection.bind({
      portal: '',
      statement: bindingName,
      values: [this.#binding.tenantId ?? '', this.#binding.userId ?? ''],
    });
    connection.execute({ portal: '', rows: 0 });
    super.prepare(connection);
  }

  override handleDataRow(message: unknown): void {
    if (this.#bindingAnswered) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: WireConnection): void {
    if (this.#bindingAnswered) return super.handleCommandComplete(message, connection);
    this.#bindingAnswered = true;
    connection.parsedStatements[bindingName] = bindingSql;
  }
}
