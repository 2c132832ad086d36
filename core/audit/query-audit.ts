import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEntryView, AuditExportQuery } from '@tessera/schemas/access';

/** The filters a list and an export share. */
export type AuditFilters = Omit<AuditExportQuery, 'format'>;

interface AuditRow {
  id: string;
  occurred_at: Date | string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  display_name: string | null;
  ip: string | null;
  action: string;
  subject: string;
  record_id: string | null;
  outcome: 'ok' | 'denied';
  changes: AuditEntryView['changes'];
  detail: Record<string, unknown> | null;
}

/** WHERE clauses for the filters given; values stay bound parameters. */
function whereOf(filters: AuditFilters): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    params.push(value);
  };
  if (filters.actorId) add('a.actor_user_id = ?', filters.actorId);
  if (filters.action) add('a.action = ?', filters.action);
  if (filters.subject) add('a.subject = ?', filters.subject);
  if (filters.recordId) add('a.record_id = ?', filters.recordId);
  if (filters.outcome) add('a.outcome = ?', filters.outcome);
  if (filters.from) add('a.occurred_at >= ?', filters.from);
  if (filters.to) add('a.occurred_at < ?', filters.to);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** A page of audit entries, newest first unless asked otherwise, with the total for the filters. */
export async function queryAudit(
  em: EntityManager,
  filters: AuditFilters,
  page: { limit: number; offset: number; direction: 'asc' | 'desc' },
): Promise<{ items: AuditEntryView[]; total: number }> {
  const where = whereOf(filters);
  const direction = page.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = await em.execute<(AuditRow & { total: number })[]>(
    `SELECT a.id::text, a.occurred_at, a.actor_user_id, a.actor_token_id, u.display_name, a.ip, a.action, a.subject,
            a.record_id, a.outcome, a.changes, a.detail, count(*) OVER ()::int AS total
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
     ${where.sql} ORDER BY a.occurred_at ${direction}, a.id ${direction} LIMIT ? OFFSET ?`,
    [...where.params, page.limit, page.offset],
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: new Date(r.occurred_at).toISOString(),
      actor: {
        kind: r.actor_token_id ? 'token' : r.actor_user_id ? 'user' : 'system',
        userId: r.actor_user_id,
        displayName: r.display_name,
        tokenId: r.actor_token_id,
      },
      ip: r.ip,
      action: r.action,
      subject: r.subject,
      recordId: r.record_id,
      outcome: r.outcome,
      changes: r.changes,
      detail: r.detail,
    })),
  };
}
