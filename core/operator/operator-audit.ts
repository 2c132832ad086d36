import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { redactSecrets } from '../audit/write-audit.ts';
import type { OperatorPrincipal } from './operator-principal.ts';

/** How an audited action came in: an operator's session, the operator token, or the command line. */
export type OperatorVia = 'session' | 'token' | 'cli';

export interface OperatorAuditEntry {
  /** `<what>.<verb>`: `order.confirm`, `entitlement.grant`, `listing.update`, `operator.sign-in`, … */
  readonly action: string;
  readonly tenantId?: string | null;
  /** What was acted on, e.g. a plugin name, an order number or an operator's e-mail. */
  readonly target?: string | null;
  readonly reason?: string | null;
  readonly detail?: Record<string, unknown>;
}

/** The operator account an audit row names (null for the token and the command line) and how it came in. */
export function auditActor(operator: OperatorPrincipal | 'cli'): { operatorId: string | null; via: OperatorVia } {
  if (operator === 'cli') return { operatorId: null, via: 'cli' };
  return operator.kind === 'session' ? { operatorId: operator.id, via: 'session' } : { operatorId: null, via: 'token' };
}

/**
 * Appends a row to the operator audit log in the caller's owner transaction. The app role has no rights
 * on the table: the log is written and read only through the owner role.
 */
export async function writeOperatorAudit(
  client: pg.ClientBase,
  actor: { operatorId: string | null; via: OperatorVia },
  entry: OperatorAuditEntry,
): Promise<void> {
  await client.query(
    `INSERT INTO operator_audit_log (id, operator_id, action, company_id, target, reason, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [
      uuidv7(),
      actor.operatorId,
      entry.action,
      entry.tenantId ?? null,
      entry.target ?? null,
      entry.reason ?? null,
      JSON.stringify(redactSecrets({ ...entry.detail, via: actor.via })),
    ],
  );
}
