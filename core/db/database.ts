import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { runBound, type TenantBinding } from '../tenancy/tenant-binding.ts';

/** The app-role database as the rest of the core sees it: bound transactions and platform reads. */
export class Database {
  readonly orm: MikroORM;

  constructor(orm: MikroORM) {
    this.orm = orm;
  }

  /**
   * A fresh entity manager for `binding`: its transactions are opened with the binding, and its tenant
   * filter argument is the bound tenant. With no tenant bound, tenant entities need `filters: { tenant: false }`
   * and RLS still shows only what the no-tenant policies allow.
   */
  entityManager(binding: TenantBinding): EntityManager {
    const em = this.orm.em.fork({ clear: true });
    if (binding.tenantId) em.setFilterParams('tenant', { tenantId: binding.tenantId });
    return em;
  }

  /** Runs `fn` in one bound transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(binding: TenantBinding, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.entityManager(binding);
    await runBound(binding, () => em.begin());
    try {
      const result = await fn(em);
      await em.commit();
      return result;
    } catch (error) {
      await em.rollback();
      throw error;
    }
  }

  /** Opens a bound transaction on `em` that the caller commits or rolls back (the request pipeline does). */
  begin(em: EntityManager, binding: TenantBinding): Promise<void> {
    return runBound(binding, () => em.begin());
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.orm.close();
  }
}
