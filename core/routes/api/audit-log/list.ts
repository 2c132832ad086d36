import { auditExportQuery, auditListQuery, auditPage } from '@tessera/schemas/access';
import { queryAudit } from '../../../audit/query-audit.ts';
import { sendCsv } from '../../../http/csv.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const exportLimit = 50_000;

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: { tags: ['audit-log'], summary: 'Audit log entries', querystring: auditListQuery, response: { 200: auditPage } },
      config: { access: { action: 'read', subject: 'AuditLog' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { page: _p, pageSize: _s, sort, ...filters } = req.query;
      const { items, total } = await queryAudit(req.em, filters, {
        ...page,
        direction: sortArg(sort ?? '-occurredAt').direction,
      });
      return pageResult(items, total, page);
    },
  );

  app.get(
    '/export',
    {
      schema: { tags: ['audit-log'], summary: 'Audit log entries as CSV', querystring: auditExportQuery },
      config: { access: { action: 'export', subject: 'AuditLog' } },
    },
    async (req, reply) => {
      const { format: _format, ...filters } = req.query;
      const { items } = await queryAudit(req.em, filters, { limit: exportLimit, offset: 0, direction: 'desc' });
      const header = ['time', 'actor', 'actorId', 'tokenId', 'ip', 'action', 'subject', 'record', 'outcome', 'changes'];
      const rows = items.map((e) => [
        e.occurredAt,
        e.actor.displayName,
        e.actor.userId,
        e.actor.tokenId,
        e.ip,
        e.action,
        e.subject,
        e.recordId,
        e.outcome,
        e.changes,
      ]);
      return sendCsv(reply, 'audit-log.csv', header, rows);
    },
  );
});
