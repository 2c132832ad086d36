import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';

export interface AuditChange {
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  /** `<subject-kind>.<verb>`, e.g. `role.update`, `member.update`, `access.denied`. */
  action: string;
  subject: string;
  recordId?: string | null;
  changes?: Record<string, AuditChange>;
  detail?: Record<string, unknown> | null;
  outcome?: 'ok' | 'denied';
}

const secretKey = /pass(word)?|secret|token|hash|credential/i;
const redacted = '[redacted]';

/** A copy where every value under a secret-looking key is replaced, at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, secretKey.test(key) ? redacted : redactSecrets(inner)]),
    );
  }
  return value;
}

/** The fields whose value differs between `before` and `after`, as `{ field: { before, after } }`. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
): Record<string, AuditChange> {
  const changes: Record<string, AuditChange> = {};
  for (const field of fields) {
    const was = before?.[field];
    const is = after?.[field];
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[field] = { before: was ?? null, after: is ?? null };
  }
  return changes;
}

const insertSql = `INSERT INTO audit_log
  (tenant_id, actor_user_id, actor_token_id, ip, action, subject, record_id, outcome, changes, detail)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`;

/**
 * Appends an audit entry in `em`'s transaction, so it lands exactly when the change it describes does.
 * The app role may only insert and read `audit_log`: entries cannot be altered or deleted.
 */
export async function writeAuditEntry(em: EntityManager, req: FastifyRequest, entry: AuditEntry): Promise<void> {
  const principal = req.principal;
  if (!principal) throw new TypeError('an audit entry needs a principal');
  await em.execute(insertSql, [
    principal.tenantId,
    principal.userId,
    principal.tokenId ?? null,
    req.ip,
    entry.action,
    entry.subject,
    entry.recordId ?? null,
    entry.outcome ?? 'ok',
    JSON.stringify(redactSecrets(entry.changes ?? {})),
    entry.detail ? JSON.stringify(redactSecrets(entry.detail)) : null,
  ]);
}

/** Audits a change inside the request's transaction. */
export function audit(req: FastifyRequest, entry: AuditEntry): Promise<void> {
  return writeAuditEntry(req.em, req, entry);
}
