import { defineRoutes } from '@tessera/core/sdk';
import { sanitizeBody } from '../sanitize-body.ts';

const pinnedQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['tenant'],
  properties: { tenant: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{2,39}$' } },
} as const;

/** 登录页置顶: a company's pinned, published announcements, for its sign-in page (`?tenant=<slug>`), before sign-in. */
export default defineRoutes(async (app) => {
  app.get(
    '/pinned',
    {
      schema: { tags: ['announcements'], summary: 'Pinned announcements for the sign-in page', querystring: pinnedQuery },
      config: { access: 'tenant-public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      const rows = await req.em.execute<{ id: string; title: string; body: string; published_at: Date }[]>(
        `SELECT id, title, body, published_at FROM announcements
         WHERE pinned AND status = 'published' ORDER BY published_at DESC LIMIT 5`,
      );
      return {
        items: rows.map((row) => ({
          id: row.id,
          title: row.title,
          body: sanitizeBody(row.body),
          publishedAt: new Date(row.published_at).toISOString(),
        })),
      };
    },
  );
});
