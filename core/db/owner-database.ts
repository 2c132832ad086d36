import pg from 'pg';
import { DatabaseUnavailableError } from '../http/core-errors.ts';

/**
 * The owner role, for the little the app role may not do: the platform tables only the owner touches
 * (operators, their sessions and audit log, the market listings' settings) and the operator console's
 * reads across companies. A small pool opened on first use: only operator requests come here.
 */
export class OwnerDatabase {
  readonly #url: string | undefined;
  #pool: pg.Pool | undefined;

  constructor(url: string | undefined) {
    this.#url = url;
  }

  async #connect(): Promise<pg.PoolClient> {
    if (!this.#url) throw new DatabaseUnavailableError({});
    if (!this.#pool) {
      this.#pool = new pg.Pool({ connectionString: this.#url, max: 3, idleTimeoutMillis: 30_000, statement_timeout: 10_000 });
      // an idle connection that breaks leaves the pool; the next checkout opens a new one
      this.#pool.on('error', () => undefined);
    }
    return this.#pool.connect();
  }

  async #inTransaction<T>(begin: readonly string[], work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    const client = await this.#connect();
    try {
      for (const statement of begin) await client.query(statement);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** One transaction on the platform tables: committed when `work` resolves, rolled back when it throws. */
  transaction<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    return this.#inTransaction(['BEGIN'], work);
  }

  /**
   * A read across companies, past RLS: read-only, so nothing can be written this way. Callers select only
   * the columns their page shows. A role that may not read past RLS gets an error, never a filtered answer.
   */
  readAcrossCompanies<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    return this.#inTransaction(['BEGIN READ ONLY', 'SET LOCAL row_security = off'], work);
  }

  /** The ids of the companies a cross-company query names (its first column is `tenant_id`). */
  companyIds(sql: string, params: readonly unknown[] = []): Promise<string[]> {
    return this.readAcrossCompanies(async (client) => (await client.query<{ tenant_id: string }>(sql, [...params])).rows.map((row) => row.tenant_id));
  }

  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.end();
  }
}
