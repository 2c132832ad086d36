import type { EntitySchema } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { coreEntities } from './entities.ts';
import { TenantBoundDriver } from './tenant-bound-connection.ts';

export interface OrmOptions {
  /** Connection URL of the app role (owns no tables, no BYPASSRLS). */
  appUrl: string;
  poolMax: number;
  debug: boolean;
  /** Entities of the plugins the app serves. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entity schemas of any entity type
  pluginEntities?: readonly EntitySchema<any>[];
}

export function initOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    driver: TenantBoundDriver,
    clientUrl: options.appUrl,
    entities: [...coreEntities, ...(options.pluginEntities ?? [])],
    pool: { min: 0, max: options.poolMax, idleTimeoutMillis: 30_000 },
    debug: options.debug,
    allowGlobalContext: false,
    ensureDatabase: false,
    // a statement that runs away must not hold a pooled connection for ever
    // pipeline: a transaction's binding BEGIN travels with its first statement (see tenant-bound-connection.ts)
    driverOptions: { statement_timeout: 30_000, pipeline: true },
  });
}
