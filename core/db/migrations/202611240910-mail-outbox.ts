import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * E-mail waiting to go out, written in the transaction that caused it, so mail leaves only for work that
 * committed. The dispatcher claims due rows (`next_attempt_at`), counts the attempt, sends, and marks
 * them sent, or pending again later, or failed after its last attempt. Mail about a record is withheld
 * when, at sending time, the recipient may not read that record. A member who leaves takes their unsent
 * mail with them.
 */
export const mailOutbox: Migration = {
  name: '202611240910-mail-outbox',
  up: `
CREATE TABLE mail_outbox (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  recipient_id uuid NOT NULL,
  to_address text NOT NULL CHECK (char_length(to_address) BETWEEN 3 AND 320),
  subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 200),
  body text NOT NULL,
  record_subject text,
  record_id uuid,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'withheld')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error text,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, recipient_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (tenant_id, next_attempt_at) WHERE status = 'pending';
${tenantTableSql('mail_outbox', 'SELECT, INSERT, UPDATE')}
`,
  down: `
DROP TABLE mail_outbox;
`,
};
