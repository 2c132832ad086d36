import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportScheduleView } from '@tessera/schemas/report-schedule';

/** A schedule as stored; the view adds `nextRunAt`, which depends on the company's time zone and the time. */
export type StoredSchedule = Omit<ReportScheduleView, 'nextRunAt'>;

/** What a create or change sets: everything but the id, the author and the times. */
export type ScheduleValues = Pick<StoredSchedule, 'reportId' | 'frequency' | 'time' | 'weekday' | 'dayOfMonth' | 'format' | 'recipients' | 'enabled'>;

interface ScheduleRow {
  id: string;
  report_id: string;
  frequency: StoredSchedule['frequency'];
  time_of_day: string;
  weekday: number | null;
  day_of_month: number | null;
  format: StoredSchedule['format'];
  recipient_user_ids: string[];
  recipient_emails: string[];
  enabled: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  last_run_id: string | null;
  last_run_status: NonNullable<StoredSchedule['lastRun']>['status'] | null;
  last_run_started_at: Date | null;
}

/** A schedule's columns and its newest run's, from `report_schedules s`. */
const columns = `${['id', 'report_id', 'frequency', 'time_of_day', 'weekday', 'day_of_month', 'format', 'recipient_user_ids', 'recipient_emails', 'enabled', 'created_by', 'created_at', 'updated_at']
  .map((column) => `s.${column}`)
  .join(', ')}, last_run.id AS last_run_id, last_run.status AS last_run_status, last_run.started_at AS last_run_started_at`;
const withLastRun = `report_schedules s LEFT JOIN LATERAL (
    SELECT r.id, r.status, r.started_at FROM report_schedule_runs r
     WHERE r.tenant_id = s.tenant_id AND r.schedule_id = s.id ORDER BY r.started_at DESC LIMIT 1) last_run ON true`;

const toSchedule = (row: ScheduleRow): StoredSchedule => ({
  id: row.id,
  reportId: row.report_id,
  frequency: row.frequency,
  time: row.time_of_day,
  ...(row.weekday === null ? {} : { weekday: row.weekday }),
  ...(row.day_of_month === null ? {} : { dayOfMonth: row.day_of_month }),
  format: row.format,
  recipients: { userIds: row.recipient_user_ids, emails: row.recipient_emails },
  enabled: row.enabled,
  createdBy: row.created_by,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
  lastRun:
    row.last_run_id && row.last_run_status && row.last_run_started_at
      ? { id: row.last_run_id, status: row.last_run_status, startedAt: new Date(row.last_run_started_at).toISOString() }
      : null,
});

export async function findSchedule(em: EntityManager, id: string): Promise<StoredSchedule | undefined> {
  const [row] = await em.execute<ScheduleRow[]>(`SELECT ${columns} FROM ${withLastRun} WHERE s.id = ?`, [id]);
  return row ? toSchedule(row) : undefined;
}

export async function listSchedules(
  em: EntityManager,
  query: { reportId?: string; limit: number; offset: number },
): Promise<{ rows: StoredSchedule[]; total: number }> {
  const where = query.reportId ? 'WHERE s.report_id = ?' : '';
  const rows = await em.execute<(ScheduleRow & { total: string })[]>(
    `SELECT ${columns}, count(*) OVER () AS total FROM ${withLastRun} ${where} ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?`,
    [...(query.reportId ? [query.reportId] : []), query.limit, query.offset],
  );
  return { rows: rows.map(toSchedule), total: Number(rows[0]?.total ?? 0) };
}

// lists travel as JSON text: a bound array would be spread into a list of parameters
const valueParams = (values: ScheduleValues) => [
  values.reportId,
  values.frequency,
  values.time,
  values.weekday ?? null,
  values.dayOfMonth ?? null,
  values.format,
  JSON.stringify(values.recipients.userIds),
  JSON.stringify(values.recipients.emails),
  values.enabled,
];

export async function insertSchedule(em: EntityManager, schedule: ScheduleValues & { tenantId: string; id: string; createdBy: string }): Promise<void> {
  await em.execute(
    `INSERT INTO report_schedules (tenant_id, id, report_id, frequency, time_of_day, weekday, day_of_month, format, recipient_user_ids, recipient_emails, enabled, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb))::uuid[], ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?)`,
    [schedule.tenantId, schedule.id, ...valueParams(schedule), schedule.createdBy],
  );
}

export async function updateSchedule(em: EntityManager, id: string, values: ScheduleValues): Promise<void> {
  await em.execute(
    `UPDATE report_schedules SET report_id = ?, frequency = ?, time_of_day = ?, weekday = ?, day_of_month = ?, format = ?,
       recipient_user_ids = ARRAY(SELECT jsonb_array_elements_text(?::jsonb))::uuid[],
       recipient_emails = ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), enabled = ?, updated_at = now() WHERE id = ?`,
    [...valueParams(values), id],
  );
}

export async function deleteSchedule(em: EntityManager, id: string): Promise<void> {
  await em.execute('DELETE FROM report_schedules WHERE id = ?', [id]);
}

/** The company's time zone, which the schedules' times are read in. */
export async function companyTimeZone(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ time_zone: string }[]>('SELECT time_zone FROM tenants WHERE id = tessera_tenant_id()');
  return row?.time_zone ?? 'Asia/Shanghai';
}
