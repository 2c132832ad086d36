import { idParams } from '@tessera/schemas/common';
import {
  type ReportScheduleUpdate,
  reportScheduleCreate,
  reportScheduleListQuery,
  reportSchedulePage,
  reportScheduleUpdate,
  reportScheduleView,
} from '@tessera/schemas/report-schedule';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { nowOf } from '../../../plugin-runtime/plugin-clock.ts';
import { afterCommit, runAfterCommit } from '../../../reports/schedules/after-commit.ts';
import { assertScheduleFits } from '../../../reports/schedules/checked-schedule.ts';
import { putScheduleOnQueue } from '../../../reports/schedules/queue-schedule.ts';
import {
  companyTimeZone,
  deleteSchedule,
  findSchedule,
  insertSchedule,
  listSchedules,
  type ScheduleValues,
  type StoredSchedule,
  updateSchedule,
} from '../../../reports/schedules/schedule-store.ts';
import { toScheduleView } from '../../../reports/schedules/schedule-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const noun = (locale: string) => (locale === 'zh-CN' ? '定时推送' : 'report schedule');
const audited = ['reportId', 'frequency', 'time', 'weekday', 'dayOfMonth', 'format', 'recipients', 'enabled'];

/** The change applied: a new frequency drops a weekday or day of month it has no use for, unless the body sets one. */
function changed(before: StoredSchedule, body: ReportScheduleUpdate): ScheduleValues {
  const frequency = body.frequency ?? before.frequency;
  const weekday = body.weekday === undefined ? (body.frequency && frequency !== 'weekly' ? undefined : before.weekday) : (body.weekday ?? undefined);
  const dayOfMonth =
    body.dayOfMonth === undefined ? (body.frequency && frequency !== 'monthly' ? undefined : before.dayOfMonth) : (body.dayOfMonth ?? undefined);
  return {
    reportId: before.reportId,
    frequency,
    time: body.time ?? before.time,
    weekday,
    dayOfMonth,
    format: body.format ?? before.format,
    recipients: body.recipients ? { userIds: body.recipients.userIds, emails: body.recipients.emails ?? [] } : before.recipients,
    enabled: body.enabled ?? before.enabled,
  };
}

async function shown(req: FastifyRequest, id: string) {
  const schedule = await findSchedule(req.em, id);
  if (!schedule) throw new NotFoundError({ resource: noun(req.locale) });
  return toScheduleView(schedule, await companyTimeZone(req.em), nowOf(req));
}

/** Once the change commits, the job queue runs the schedule on its new cron (or no longer). */
async function syncQueueAfterCommit(req: FastifyRequest, id: string, schedule: ScheduleValues | undefined): Promise<void> {
  const tenantId = req.principal?.tenantId ?? '';
  const timeZone = await companyTimeZone(req.em);
  afterCommit(req, () => putScheduleOnQueue(req.server, tenantId, id, schedule, timeZone));
}

/** 定时推送: when a saved report is run and delivered, and to whom. */
export default defineRoutes(async (app) => {
  runAfterCommit(app);

  app.get(
    '/',
    {
      schema: { tags, summary: 'Report schedules', querystring: reportScheduleListQuery, response: { 200: reportSchedulePage } },
      config: { access: { action: 'read', subject: 'ReportSchedule' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { rows, total } = await listSchedules(req.em, { ...req.query, ...page });
      const timeZone = await companyTimeZone(req.em);
      return pageResult(
        rows.map((row) => toScheduleView(row, timeZone, nowOf(req))),
        total,
        page,
      );
    },
  );

  app.post(
    '/',
    {
      schema: { tags, summary: 'Schedule a report', body: reportScheduleCreate, response: { 201: reportScheduleView } },
      config: { access: { action: 'create', subject: 'ReportSchedule' } },
    },
    async (req, reply) => {
      const { body } = req;
      const values: ScheduleValues = {
        reportId: body.reportId,
        frequency: body.frequency,
        time: body.time,
        weekday: body.weekday,
        dayOfMonth: body.dayOfMonth,
        format: body.format,
        recipients: { userIds: body.recipients.userIds, emails: body.recipients.emails ?? [] },
        enabled: body.enabled ?? true,
      };
      await assertScheduleFits(req, values);
      const id = uuidv7();
      await insertSchedule(req.em, { ...values, tenantId: req.principal?.tenantId ?? '', id, createdBy: req.principal?.userId ?? '' });
      await audit(req, { action: 'report-schedule.create', subject: 'ReportSchedule', recordId: id, changes: changedFields(null, values, audited) });
      await syncQueueAfterCommit(req, id, values);
      reply.code(201);
      return shown(req, id);
    },
  );

  app.get(
    '/:id',
    {
      schema: { tags, summary: 'One report schedule', params: idParams, response: { 200: reportScheduleView } },
      config: { access: { action: 'read', subject: 'ReportSchedule' } },
    },
    async (req) => shown(req, req.params.id),
  );

  app.patch(
    '/:id',
    {
      schema: { tags, summary: 'Change a report schedule', params: idParams, body: reportScheduleUpdate, response: { 200: reportScheduleView } },
      config: { access: { action: 'update', subject: 'ReportSchedule' } },
    },
    async (req) => {
      const before = await findSchedule(req.em, req.params.id);
      if (!before) throw new NotFoundError({ resource: noun(req.locale) });
      const values = changed(before, req.body);
      await assertScheduleFits(req, values);
      await updateSchedule(req.em, before.id, values);
      await audit(req, { action: 'report-schedule.update', subject: 'ReportSchedule', recordId: before.id, changes: changedFields(before, values, audited) });
      await syncQueueAfterCommit(req, before.id, values);
      return shown(req, before.id);
    },
  );

  app.delete(
    '/:id',
    {
      schema: { tags, summary: 'Delete a report schedule (its runs with it)', params: idParams },
      config: { access: { action: 'delete', subject: 'ReportSchedule' } },
    },
    async (req, reply) => {
      const schedule = await findSchedule(req.em, req.params.id);
      if (!schedule) throw new NotFoundError({ resource: noun(req.locale) });
      await deleteSchedule(req.em, schedule.id);
      await audit(req, { action: 'report-schedule.delete', subject: 'ReportSchedule', recordId: schedule.id, changes: changedFields(schedule, null, audited) });
      await syncQueueAfterCommit(req, schedule.id, undefined);
      reply.code(204);
      return null;
    },
  );
});
