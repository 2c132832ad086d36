import { defineRoutes, pageArgs, pageResult, scopedGet } from '@tessera/core/sdk';
import { idParams, pageQueryProperties } from '@tessera/schemas/common';
import { Announcement } from '../entities.ts';

const readersQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties, read: { type: 'boolean' } },
} as const;

/** 阅读统计: who an announcement reached and who has read it, for those who may read the announcement. */
export default defineRoutes(async (app) => {
  app.get(
    '/announcements/:id/readers',
    {
      schema: { tags: ['announcements'], summary: 'Who it reached and who read it', params: idParams, querystring: readersQuery },
      config: { access: { action: 'read', subject: 'Announcement' } },
    },
    async (req) => {
      const announcement = await scopedGet(req, {
        entity: Announcement,
        subject: 'Announcement',
        id: req.params.id,
        fields: ['id', 'recipientCount', 'readCount'],
        resource: req.locale === 'zh-CN' ? '通告' : 'announcement',
      });
      const page = pageArgs(req.query);
      const readFilter = req.query.read === undefined ? '' : req.query.read ? 'AND read_at IS NOT NULL' : 'AND read_at IS NULL';
      const rows = await req.em.execute<{ user_id: string; read_at: Date | null; total: string }[]>(
        `SELECT user_id, read_at, count(*) OVER () AS total FROM announcement_recipients
         WHERE announcement_id = ? ${readFilter} ORDER BY read_at DESC NULLS LAST, user_id LIMIT ? OFFSET ?`,
        [req.params.id, page.limit, page.offset],
      );
      return {
        recipientCount: announcement.recipientCount ?? 0,
        readCount: announcement.readCount ?? 0,
        ...pageResult(
          rows.map((r) => ({ userId: r.user_id, readAt: r.read_at ? new Date(r.read_at).toISOString() : null })),
          Number(rows[0]?.total ?? 0),
          page,
        ),
      };
    },
  );
});
