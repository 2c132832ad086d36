import { type Migration, tenantTableSql } from '../migration.ts';

/** The message center's inbox: one row per recipient, so read state is per user. */
export const messages: Migration = {
  name: '202611230320-messages',
  up: `
CREATE TABLE messages (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  recipient_id uuid NOT NULL,
  category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9-]{1,39}$'),
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  body text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'read')),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, recipient_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE
);
CREATE INDEX messages_inbox_idx ON messages (tenant_id, recipient_id, status, created_at DESC);
CREATE INDEX messages_recipient_time_idx ON messages (tenant_id, recipient_id, created_at DESC);
${tenantTableSql('messages')}
`,
  down: `
DROP TABLE messages;
`,
};
