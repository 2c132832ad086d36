import type pg from 'pg';
import { createPrng } from './lib/prng.ts';

const statuses = ['published', 'published', 'published', 'expired', 'withdrawn'] as const;
const spreadMs = 400 * 24 * 3600 * 1000;

const insertSql = `
  insert into announcements (tenant_id, id, title, body, status, audience, attachments, pinned, published_at, author_id,
                             recipient_count, read_count, created_at)
  select $1::uuid, gen_random_uuid(), a.title, '', a.status, '{"all": true}', '[]', false, a.published_at, $2::uuid,
         a.recipients, a.readers, a.published_at
    from unnest($3::text[], $4::text[], $5::timestamptz[], $6::int[], $7::int[]) as a(title, status, published_at, recipients, readers)`;

/**
 * One company's announcements for the grouped-report workload, a pure function of (seed, index, anchor):
 * published over the last ~13 months, with recipients and readers. Written through the owner connection.
 */
export async function insertAnnouncements(
  client: pg.Client,
  account: { tenantId: string; userId: string },
  options: { index: number; count: number; seed: number; anchorMs: number },
): Promise<void> {
  const prng = createPrng((options.seed ^ Math.imul(options.index, 0x85ebca6b)) >>> 0);
  const title: string[] = [];
  const status: string[] = [];
  const publishedAt: string[] = [];
  const recipients: number[] = [];
  const readers: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const sent = 1 + prng.int(500);
    title.push(`Notice #${i + 1}`);
    status.push(prng.pick(statuses));
    publishedAt.push(new Date(options.anchorMs - prng.int(spreadMs)).toISOString());
    recipients.push(sent);
    readers.push(prng.int(sent + 1));
  }
  await client.query(insertSql, [account.tenantId, account.userId, title, status, publishedAt, recipients, readers]);
}
