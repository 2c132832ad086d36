import { type Migration, tenantTableSql } from '../migration.ts';

/**
 * Scheduled report delivery (定时推送): when a saved report is run and sent (daily, weekly or monthly at a
 * time of day in the company's time zone), in which format and to whom; every run with its outcome; and
 * every e-mail of a run with its attempts. A run's id is the id of the queue job that made it, so the
 * job's retries update one run instead of adding new ones.
 */
export const reportSchedules: Migration = {
  name: '202611281100-report-schedules',
  up: `
CREATE TABLE report_schedules (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
  time_of_day text NOT NULL CHECK (time_of_day ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  weekday smallint CHECK (weekday BETWEEN 1 AND 7),
  day_of_month smallint CHECK (day_of_month BETWEEN 1 AND 28),
  format text NOT NULL CHECK (format IN ('csv', 'xlsx', 'pdf')),
  recipient_user_ids uuid[] NOT NULL DEFAULT '{}',
  recipient_emails text[] NOT NULL DEFAULT '{}' CHECK (cardinality(recipient_emails) <= 20),
  enabled boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id) ON DELETE CASCADE,
  CHECK ((frequency = 'weekly') = (weekday IS NOT NULL)),
  CHECK ((frequency = 'monthly') = (day_of_month IS NOT NULL)),
  CHECK (cardinality(recipient_user_ids) + cardinality(recipient_emails) > 0));
CREATE INDEX report_schedules_report ON report_schedules (tenant_id, report_id);
${tenantTableSql('report_schedules')}

CREATE TABLE report_schedule_runs (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  schedule_id uuid NOT NULL,
  scheduled_for timestamptz NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL CHECK (status IN ('running', 'delivered', 'partly-delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 1,
  file_id uuid,
  messages integer NOT NULL DEFAULT 0,
  problem jsonb,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, schedule_id) REFERENCES report_schedules (tenant_id, id) ON DELETE CASCADE);
CREATE INDEX report_schedule_runs_newest ON report_schedule_runs (tenant_id, schedule_id, started_at DESC);
${tenantTableSql('report_schedule_runs')}

CREATE TABLE report_schedule_mails (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  run_id uuid NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, run_id) REFERENCES report_schedule_runs (tenant_id, id) ON DELETE CASCADE);
CREATE INDEX report_schedule_mails_run ON report_schedule_mails (tenant_id, run_id);
${tenantTableSql('report_schedule_mails')}`,
  down: 'DROP TABLE report_schedule_mails; DROP TABLE report_schedule_runs; DROP TABLE report_schedules;',
};
