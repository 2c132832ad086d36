import type { FastifyRequest } from 'fastify';
import { DomainError } from '../http/domain-error.ts';
import { writeAuditEntry } from './write-audit.ts';

const denialCodes = new Set(['forbidden', 'field-forbidden', 'role-not-grantable', 'role-not-editable']);
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Records a refused write. The request's own transaction has been rolled back by then, so the entry goes
 * in a transaction of its own, bound like the request.
 */
export async function auditDenial(req: FastifyRequest, error: unknown): Promise<void> {
  const principal = req.principal;
  if (!principal || safeMethods.has(req.method) || !(error instanceof DomainError) || !denialCodes.has(error.code)) {
    return;
  }
  const route = req.routeOptions.url ?? req.url;
  await req.server.db.transaction({ tenantId: principal.tenantId, userId: principal.userId }, (em) =>
    writeAuditEntry(em, req, {
      action: 'access.denied',
      subject: 'subject' in error.vars && typeof error.vars.subject === 'string' ? error.vars.subject : 'unknown',
      outcome: 'denied',
      detail: { method: req.method, route, code: error.code, ...error.vars },
    }),
  );
}
