import type { Writable } from 'node:stream';
import { isRaw, raw } from '@mikro-orm/core';
import { NativeQueryBuilder, PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type PostgresDialect,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';
import { currentBeginSql, currentBinding, type TenantBinding } from '../tenancy/tenant-binding.ts';
import { bindPlaceholders } from './bind-placeholders.ts';
import { isHotStatement, sendBoundImplicitly, usePreparedStatements } from './prepared-statements.ts';

/**
 * A connection of one transaction (or one statement outside any), taken from the pool only when its first
 * statement is sent: a request spends its authentication, access checks and the building of its statement
 * without holding a pooled connection that PostgreSQL could be using for another request.
 *
 * Its client pipelines (pg's `pipeline` mode): a statement sent ahead does not wait for its answer. The
 * tenant-binding `BEGIN` is held until the transaction's first statement and sent in the same tick, so both
 * leave in one socket write (see {@link coalesceWritesPerTick}); a transaction that runs no statement sends
 * nothing and never takes a connection. The first statement checks the `BEGIN` and fails with its error,
 * so nothing runs as if bound when the binding failed. A transaction that ran only SELECTs has nothing a
 * COMMIT could refuse, so its COMMIT is sent without waiting: the connection goes back to the pool at once
 * and PostgreSQL, which answers a connection's statements in order, finishes it before whatever the next
 * holder sends.
 *
 * Until the `BEGIN` has left, a registered hot read (a list page's compiled statement) does not send it:
 * the read carries its own binding in an implicit transaction (see `ImplicitlyBoundQuery`) on a connection
 * it takes for itself and gives back as soon as its answer is in, while the route still turns the rows into
 * its answer. Under READ COMMITTED every statement takes its own snapshot anyway, so the reads see what
 * they would have seen in the transaction; the first other statement opens the real transaction, and one
 * that never comes leaves nothing to commit.
 */
const commitQuery = CompiledQuery.raw('commit');
const rollbackQuery = CompiledQuery.raw('rollback');
const selectPattern = /^\s*select\s/i;

export class ConnectionReleasedError extends Error {
  override name = 'ConnectionReleasedError';
}

class PipelinedConnection implements DatabaseConnection {
  readonly #driver: Driver;
  #inner: DatabaseConnection | undefined;
  #acquiring: Promise<DatabaseConnection> | undefined;
  #released = false;
  #pendingBegin: CompiledQuery | undefined;
  #binding: TenantBinding | undefined;
  #ahead: Promise<unknown> | undefined;
  #selectsOnly = false;

  constructor(driver: Driver) {
    this.#driver = driver;
  }

  /** Holds the bound transaction's `BEGIN` until the first statement, which it then travels with. */
  beginAhead(query: CompiledQuery, binding: TenantBinding): void {
    this.#pendingBegin = query;
    this.#binding = binding;
    this.#selectsOnly = true;
  }

  /** The pooled connection of this transaction, taken on first use. */
  #connection(): DatabaseConnection | Promise<DatabaseConnection> {
    if (this.#inner) return this.#inner;
    if (this.#released) throw new ConnectionReleasedError('the connection of this transaction was released');
    this.#acquiring ??= this.#driver.acquireConnection().then(
      (inner) => {
        this.#acquiring = undefined;
        if (!this.#released) return (this.#inner = inner);
        void this.#driver.releaseConnection(inner);
        throw new ConnectionReleasedError('the connection of this transaction was released');
      },
      (error: unknown) => {
        this.#acquiring = undefined;
        throw error;
      },
    );
    return this.#acquiring;
  }

  /** Gives the pooled connection back, if one was taken; a later statement is refused. */
  async release(): Promise<void> {
    this.#released = true;
    const inner = this.#inner;
    this.#inner = undefined;
    if (inner) await this.#driver.releaseConnection(inner);
  }

  /** Takes the held `BEGIN` for the statement about to be sent, which travels with it. */
  #takePendingBegin(): CompiledQuery | undefined {
    const begin = this.#pendingBegin;
    this.#pendingBegin = undefined;
    this.#binding = undefined;
    return begin;
  }

  /** Sends `begin` without waiting for its answer; the statement sent right after it checks it. */
  #sendBegin(inner: DatabaseConnection, begin: CompiledQuery | undefined): void {
    if (!begin) return;
    const ahead = inner.executeQuery(begin);
    ahead.catch(() => undefined);
    this.#ahead = ahead;
  }

  /** Forgets a `BEGIN` that never left: a transaction without statements has nothing to end. */
  #dropUnsentBegin(): boolean {
    if (!this.#pendingBegin) return false;
    this.#pendingBegin = undefined;
    this.#binding = undefined;
    this.#selectsOnly = false;
    return true;
  }

  /** Nothing was sent on a pooled connection of its own, nor is about to be. */
  #holdsNothing(): boolean {
    return !this.#inner && !this.#acquiring;
  }

  /** Commits; a transaction that ran only SELECTs is not waited for (see the class comment). */
  async commit(): Promise<void> {
    if (this.#dropUnsentBegin() || this.#holdsNothing()) return;
    if (this.#selectsOnly && !this.#ahead && this.#inner) {
      this.#selectsOnly = false;
      this.#inner.executeQuery(commitQuery).catch(() => undefined);
      return;
    }
    this.#selectsOnly = false;
    await this.executeQuery(commitQuery);
  }

  async rollback(): Promise<void> {
    if (this.#dropUnsentBegin() || this.#holdsNothing()) return;
    this.#selectsOnly = false;
    await this.executeQuery(rollbackQuery);
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const binding = this.#pendingBegin ? this.#binding : undefined;
    if (binding && isHotStatement(query.sql) && selectPattern.test(query.sql)) return this.#readBoundImplicitly(query, binding);
    // taken before waiting for the pool, so a rollback meanwhile knows the transaction is under way
    const begin = this.#takePendingBegin();
    if (this.#selectsOnly && !selectPattern.test(query.sql)) this.#selectsOnly = false;
    const inner = this.#inner ?? (await this.#connection());
    this.#sendBegin(inner, begin);
    const result = inner.executeQuery<R>(query);
    const ahead = this.#ahead;
    if (ahead) {
      this.#ahead = undefined;
      try {
        await ahead;
      } catch (error) {
        result.catch(() => undefined);
        throw error;
      }
    }
    return result;
  }

  /**
   * Runs a hot read in its own implicit transaction on a connection taken for it alone, given back once
   * the answer is in (the implicit transaction ended with it). Nothing else of this transaction can be
   * on the wire meanwhile: its statements run one at a time, and none has opened the transaction yet.
   */
  async #readBoundImplicitly<R>(query: CompiledQuery, binding: TenantBinding): Promise<QueryResult<R>> {
    if (this.#released) throw new ConnectionReleasedError('the connection of this transaction was released');
    const inner = await this.#driver.acquireConnection();
    try {
      const sentBound = sendBoundImplicitly(query.parameters, binding);
      const result = inner.executeQuery<R>(query);
      if (!sentBound()) {
        result.catch(() => undefined);
        throw new Error('a hot read left without its tenant binding: the pg client was not set up by usePreparedStatements');
      }
      return await result;
    } finally {
      await this.#driver.releaseConnection(inner);
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    const begin = this.#takePendingBegin();
    const inner = this.#inner ?? (await this.#connection());
    this.#sendBegin(inner, begin);
    const ahead = this.#ahead;
    this.#ahead = undefined;
    if (ahead) await ahead;
    yield* inner.streamQuery<R>(query, chunkSize);
  }
}

/**
 * Makes every write to a pg client's socket within one tick leave in one `writev`: the socket is corked at
 * the tick's first write and uncorked when the tick ends. pg already does this for the messages of one
 * statement; this extends it to statements sent together (a held `BEGIN` and the first statement). On a
 * machine where a socket write costs a system call of real weight, that is one fewer per request.
 */
function coalesceWritesPerTick(socket: Writable): void {
  const write = socket.write;
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  socket.write = function coalescedWrite(this: Writable, ...args: Parameters<Writable['write']>) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  } as Writable['write'];
}

/** Delegates to kysely's PostgreSQL driver, opening every transaction with the current tenant binding. */
class TenantBindingDriver implements Driver {
  readonly #inner: Driver;

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  /** A connection that takes its pooled one at its first statement (see {@link PipelinedConnection}). */
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(new PipelinedConnection(this.#inner));
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const beginSql = currentBeginSql();
    const binding = currentBinding();
    if (!beginSql || !binding) return this.#inner.beginTransaction(connection, settings);
    if (settings.isolationLevel || settings.accessMode) {
      await this.#inner.beginTransaction(connection, settings);
      await connection.executeQuery(CompiledQuery.raw(beginSql.replace(/^BEGIN; /, '')));
      return;
    }
    if (connection instanceof PipelinedConnection) connection.beginAhead(CompiledQuery.raw(beginSql), binding);
    else await connection.executeQuery(CompiledQuery.raw(beginSql));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof PipelinedConnection) return connection.commit();
    return this.#inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof PipelinedConnection) return connection.rollback();
    return this.#inner.rollbackTransaction(connection);
  }

  async savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.#inner.savepoint?.(c, name, compile);
  }

  async rollbackToSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.#inner.rollbackToSavepoint?.(c, name, compile);
  }

  async releaseSavepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.#inner.releaseSavepoint?.(c, name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof PipelinedConnection) return connection.release();
    return this.#inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}

class TenantBindingDialect implements Dialect {
  readonly #inner: Dialect;

  constructor(inner: Dialect) {
    this.#inner = inner;
  }

  createDriver(): Driver {
    return new TenantBindingDriver(this.#inner.createDriver());
  }

  createQueryCompiler() {
    return this.#inner.createQueryCompiler();
  }

  createAdapter() {
    return this.#inner.createAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's own Dialect signature takes Kysely<any>
  createIntrospector(db: Kysely<any>) {
    return this.#inner.createIntrospector(db);
  }
}

type ExecuteArgs = Parameters<PostgreSqlConnection['execute']>;

/**
 * MikroORM's PostgreSQL connection with the tenant-binding driver underneath, sending every value as a
 * bound parameter (MikroORM's own `execute` formats them into the SQL text).
 */
export class TenantBoundConnection extends PostgreSqlConnection {
  override async execute<T>(
    query: ExecuteArgs[0],
    params: ExecuteArgs[1] = [],
    method: ExecuteArgs[2] = 'all',
    ctx?: ExecuteArgs[3],
    loggerContext?: ExecuteArgs[4],
  ): Promise<T> {
    await this.ensureConnection();
    let text: string;
    let positional: readonly unknown[];
    const statementOrRaw = query instanceof NativeQueryBuilder ? query.toRaw() : query;
    const source =
      typeof statementOrRaw === 'string' && !Array.isArray(params) ? raw(statementOrRaw, params) : statementOrRaw;
    if (isRaw(source)) {
      text = source.sql;
      positional = source.params;
    } else {
      text = String(source);
      positional = params as readonly unknown[];
    }
    text = this.config.get('onQuery')(text, positional);
    const statement = bindPlaceholders(text, positional, (id) => this.platform.quoteIdentifier(id));
    const { signal, inflightQueryAbortStrategy, ...logContext } = (loggerContext ?? {}) as Record<string, unknown>;
    const abort = signal || inflightQueryAbortStrategy ? { signal, inflightQueryAbortStrategy } : undefined;
    return this.executeQuery(
      statement.sql,
      async () => {
        const compiled = CompiledQuery.raw(statement.sql, statement.values);
        // Safe: the abort options are exactly what MikroORM's own execute forwards to kysely.
        const res = await (ctx ?? this.getClient()).executeQuery(compiled, abort as never);
        return this.transformRawResult<T>(res, method);
      },
      { query: statement.sql, params: statement.values, ...logContext },
    );
  }

  override createKyselyDialect(overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0]): PostgresDialect {
    // MikroORM reads `onPoolCreated` from the overrides (its type says only PoolConfig)
    const given = (overrides as { onPoolCreated?: (pool: pg.Pool) => unknown } | undefined)?.onPoolCreated;
    const withCoalescing = {
      ...overrides,
      onPoolCreated: (pool: pg.Pool) => {
        pool.on('connect', (client) => {
          // `connection.stream` is pg's socket for the client: public in practice, untyped in @types/pg
          const socket = (client as unknown as { connection?: { stream?: Writable } }).connection?.stream;
          if (socket && typeof socket.cork === 'function') coalesceWritesPerTick(socket);
          usePreparedStatements(client);
        });
        return given?.(pool);
      },
    };
    // Safe: MikroORM hands this object straight to `new Kysely({ dialect })`, which needs only `Dialect`.
    return new TenantBindingDialect(super.createKyselyDialect(withCoalescing)) as unknown as PostgresDialect;
  }
}

/** MikroORM's PostgreSQL driver using {@link TenantBoundConnection}. */
export class TenantBoundDriver extends PostgreSqlDriver {
  constructor(config: ConstructorParameters<typeof PostgreSqlDriver>[0]) {
    super(config);
    // Safe: the base constructor has only created the connection object; nothing has connected or used it yet.
    (this as unknown as { connection: PostgreSqlConnection }).connection = new TenantBoundConnection(this.config);
  }
}
