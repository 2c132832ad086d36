import type { Migration } from '../migration.ts';

/**
 * An inbox page is ordered by `created_at` and then `id` (a stable order when two messages share a time),
 * but the inbox indexes ended at `created_at`: PostgreSQL read the page in index order and then sorted each
 * run of equal times by `id` (an incremental sort on every page read). With `id` in the indexes the page
 * comes out of the index in its final order and the sort goes. The indexes are rebuilt in the migration's
 * transaction, which holds off writes to `messages` while they build (seconds per million messages).
 */
export const messagesPageOrder: Migration = {
  name: '202611291000-messages-page-order',
  up: `
DROP INDEX messages_inbox_idx;
CREATE INDEX messages_inbox_idx ON messages (tenant_id, recipient_id, status, created_at DESC, id DESC);
DROP INDEX messages_recipient_time_idx;
CREATE INDEX messages_recipient_time_idx ON messages (tenant_id, recipient_id, created_at DESC, id DESC);`,
  down: `
DROP INDEX messages_inbox_idx;
CREATE INDEX messages_inbox_idx ON messages (tenant_id, recipient_id, status, created_at DESC);
DROP INDEX messages_recipient_time_idx;
CREATE INDEX messages_recipient_time_idx ON messages (tenant_id, recipient_id, created_at DESC);`,
};
