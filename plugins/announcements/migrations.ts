import { customFieldsColumnSql, type Migration, tenantTableSql } from '@tessera/core/sdk';

export const announcementMigrations: readonly Migration[] = [
  {
    name: '202611241100-announcements',
    up: `
CREATE TABLE announcements (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
  body text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'published', 'expired', 'withdrawn')),
  audience jsonb NOT NULL DEFAULT '{}',
  attachments jsonb NOT NULL DEFAULT '[]',
  pinned boolean NOT NULL DEFAULT false,
  publish_at timestamptz,
  expire_at timestamptz CHECK (expire_at IS NULL OR publish_at IS NULL OR expire_at > publish_at),
  published_at timestamptz,
  author_id uuid NOT NULL,
  recipient_count integer NOT NULL DEFAULT 0,
  read_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id));
CREATE INDEX announcements_due ON announcements (tenant_id, status, publish_at);
${tenantTableSql('announcements')}
CREATE TABLE announcement_recipients (
  tenant_id uuid NOT NULL,
  announcement_id uuid NOT NULL,
  user_id uuid NOT NULL,
  read_at timestamptz,
  PRIMARY KEY (tenant_id, announcement_id, user_id),
  FOREIGN KEY (tenant_id, announcement_id) REFERENCES announcements (tenant_id, id) ON DELETE CASCADE);
CREATE INDEX announcement_recipients_user ON announcement_recipients (tenant_id, user_id);
${tenantTableSql('announcement_recipients')}`,
    down: 'DROP TABLE announcement_recipients; DROP TABLE announcements;',
  },
  {
    name: '202611261000-announcement-custom-fields',
    up: `ALTER TABLE announcements ADD COLUMN ${customFieldsColumnSql};`,
    down: 'ALTER TABLE announcements DROP COLUMN custom;',
  },
  {
    // the publish job asks across companies which ones have an announcement due (jobs.ts)
    name: '202611271000-announcements-due-across-companies',
    up: `
CREATE INDEX announcements_scheduled_due ON announcements (publish_at) WHERE status = 'scheduled';
CREATE INDEX announcements_published_expiry ON announcements (expire_at) WHERE status = 'published';`,
    down: 'DROP INDEX announcements_published_expiry; DROP INDEX announcements_scheduled_due;',
  },
];
