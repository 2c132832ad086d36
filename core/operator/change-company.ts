import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../http/core-errors.ts';
import { auditActor, type OperatorAuditEntry, writeOperatorAudit } from './operator-audit.ts';
import { operatorOf } from './operator-principal.ts';

/** What a change to a company answers, and the audit row that records it. */
export interface AuditedChange<T> {
  readonly result: T;
  readonly audit: OperatorAuditEntry;
}

/**
 * Runs an operator's change to one company. The work runs in a transaction bound to that company, under
 * its RLS like any tenant request (an unknown company is 404). The audit row goes into an owner-role
 * transaction opened around it: written before the company's transaction commits (a failed audit write
 * rolls the change back) and committed right after it.
 */
export async function changeCompany<T>(
  req: FastifyRequest,
  tenantId: string,
  work: (em: EntityManager) => Promise<AuditedChange<T>>,
): Promise<T> {
  const app = req.server;
  const actor = auditActor(operatorOf(req));
  return app.ownerDb.transaction((client) =>
    app.db.transaction({ tenantId, userId: null }, async (em) => {
      const found = await em.execute<{ id: string }[]>('SELECT id FROM tenants WHERE id = ?', [tenantId]);
      if (found.length === 0) throw new NotFoundError({ resource: 'tenant' });
      const { result, audit } = await work(em);
      await writeOperatorAudit(client, actor, { ...audit, tenantId });
      return result;
    }),
  );
}
