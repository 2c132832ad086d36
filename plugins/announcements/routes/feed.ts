import { defineRoutes, NotFoundError, pageArgs, pageResult, readableCustomValues } from '@tessera/core/sdk';
import { idParams, pageQueryProperties } from '@tessera/schemas/common';
import type { FastifyRequest } from 'fastify';
import { Announcement } from '../entities.ts';
import { sanitizeBody } from '../sanitize-body.ts';

interface FeedRow {
  id: string;
  title: string;
  body: string;
  status: string;
  attachments: { name: string; url: string }[];
  published_at: Date;
  read_at: Date | null;
  total?: string;
}

const signedIn = { access: 'authenticated' } as const;
const feedQuery = { type: 'object', additionalProperties: false, properties: { ...pageQueryProperties } } as const;

const view = (row: FeedRow) => ({
  id: row.id,
  title: row.title,
  status: row.status,
  attachments: row.attachments,
  publishedAt: new Date(row.published_at).toISOString(),
  readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
});

/**
 * The announcements' custom field values (by id) as the reader's field rules let them read them: being in
 * the audience grants the announcement, not a field a rule hides.
 */
async function customValuesOf(req: FastifyRequest, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const records = ids.length === 0 ? [] : await req.em.find(Announcement, { id: { $in: [...ids] } });
  return new Map(await Promise.all(records.map(async (record) => [record.id, await readableCustomValues(req, 'announcements', record)] as const)));
}

/** 我的通告: what was published to the signed-in member, newest first, and one opened (a read receipt). */
export default defineRoutes(async (app) => {
  app.get('/feed', { schema: { tags: ['announcements'], summary: 'Announcements published to me', querystring: feedQuery }, config: signedIn }, async (req) => {
    const page = pageArgs(req.query);
    const rows = await req.em.execute<FeedRow[]>(
      `SELECT a.id, a.title, a.body, a.status, a.attachments, a.published_at, r.read_at, count(*) OVER () AS total
       FROM announcement_recipients r JOIN announcements a ON a.id = r.announcement_id
       WHERE r.user_id = ? AND a.status IN ('published', 'expired')
       ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
      [req.principal?.userId, page.limit, page.offset],
    );
    const custom = await customValuesOf(req, rows.map((row) => row.id));
    return pageResult(
      rows.map((row) => ({ ...view(row), custom: custom.get(row.id) ?? {} })),
      Number(rows[0]?.total ?? 0),
      page,
    );
  });

  app.get('/feed/:id', { schema: { tags: ['announcements'], summary: 'Open an announcement published to me', params: idParams }, config: signedIn }, async (req) => {
    const [row] = await req.em.execute<FeedRow[]>(
      `SELECT a.id, a.title, a.body, a.status, a.attachments, a.published_at, r.read_at
       FROM announcement_recipients r JOIN announcements a ON a.id = r.announcement_id
       WHERE r.user_id = ? AND a.id = ? AND a.status IN ('published', 'expired')`,
      [req.principal?.userId, req.params.id],
    );
    if (!row) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '通告' : 'announcement' });
    if (!row.read_at) {
      const marked = await req.em.execute<{ read_at: Date }[]>(
        'UPDATE announcement_recipients SET read_at = now() WHERE announcement_id = ? AND user_id = ? AND read_at IS NULL RETURNING read_at',
        [row.id, req.principal?.userId],
      );
      if (marked.length > 0) await req.em.execute('UPDATE announcements SET read_count = read_count + 1 WHERE id = ?', [row.id]);
      row.read_at = marked[0]?.read_at ?? new Date();
    }
    const custom = await customValuesOf(req, [row.id]);
    // sanitized when written; sanitized again on the way out, in case the rules got stricter since
    return { ...view(row), body: sanitizeBody(row.body), custom: custom.get(row.id) ?? {} };
  });
});
