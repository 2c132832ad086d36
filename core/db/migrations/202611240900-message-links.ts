import type { Migration } from '../migration.ts';

/**
 * Messages a plugin sends with `notify`: an admin UI path to open, the record the message is about (read
 * access to it is checked again whenever the message is shown) and the sending plugin. A link is a path
 * of this app only, never `//host` or a full URL, so a message cannot send anyone elsewhere.
 */
export const messageLinks: Migration = {
  name: '202611240900-message-links',
  up: `
ALTER TABLE messages
  ADD COLUMN link text CHECK (char_length(link) <= 500 AND link ~ '^/([^/\\\\]|$)' AND link !~ '[[:space:][:cntrl:]]'),
  ADD COLUMN record_subject text CHECK (char_length(record_subject) BETWEEN 1 AND 60),
  ADD COLUMN record_id uuid,
  ADD COLUMN plugin text,
  ADD CONSTRAINT messages_record_complete CHECK ((record_subject IS NULL) = (record_id IS NULL));
`,
  down: `
ALTER TABLE messages
  DROP CONSTRAINT messages_record_complete,
  DROP COLUMN plugin,
  DROP COLUMN record_id,
  DROP COLUMN record_subject,
  DROP COLUMN link;
`,
};
