import type { EntityManager } from '@mikro-orm/postgresql';
import { type NotifyTarget, notify } from '@tessera/core/sdk';
import { type Audience, type AudienceKind, audienceMembers } from './audience.ts';
import type { Announcement } from './entities.ts';
import { plainExcerpt } from './sanitize-body.ts';

/**
 * Publishes an announcement now: records who it reached (the read receipts start here) and puts it into
 * each one's message center, in the caller's transaction.
 */
export async function deliver(em: EntityManager, target: NotifyTarget, announcement: Announcement, kinds: readonly AudienceKind[], now: Date) {
  const recipients = await audienceMembers(em, announcement.audience as Audience, kinds);
  await em.execute(
    `INSERT INTO announcement_recipients (tenant_id, announcement_id, user_id)
     SELECT ?, ?, u FROM unnest(ARRAY[?]::uuid[]) u ON CONFLICT DO NOTHING`,
    [announcement.tenantId, announcement.id, recipients],
  );
  announcement.status = 'published';
  announcement.publishedAt = now;
  announcement.recipientCount = recipients.length;
  const excerpt = plainExcerpt(announcement.body) || announcement.title;
  await notify(target, {
    recipients,
    category: 'announcement',
    title: { 'zh-CN': `通告：${announcement.title}`, 'en-US': `Announcement: ${announcement.title}` },
    body: { 'zh-CN': excerpt, 'en-US': excerpt },
    link: `/m/announcements/read?id=${announcement.id}`,
    plugin: 'announcements',
  });
}
