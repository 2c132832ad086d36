import { idParams } from '@tessera/schemas/common';
import { reportScheduleRunAccepted, reportScheduleRunPage, reportScheduleRunsQuery } from '@tessera/schemas/report-schedule';
import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../../audit/write-audit.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { localizeAccessVars } from '../../../access/localize-access-vars.ts';
import { translate } from '../../../i18n/translate.ts';
import { type DeliveryJobData, reportDeliveryJob } from '../../../reports/schedules/queue-schedule.ts';
import { listRuns } from '../../../reports/schedules/schedule-run-store.ts';
import { findSchedule } from '../../../reports/schedules/schedule-store.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const noun = (locale: string) => (locale === 'zh-CN' ? '定时推送' : 'report schedule');

/** A schedule's runs, and running it now. */
export default defineRoutes(async (app) => {
  app.get(
    '/:id/runs',
    {
      schema: { tags, summary: 'A report schedule’s runs, newest first', params: idParams, querystring: reportScheduleRunsQuery, response: { 200: reportScheduleRunPage } },
      config: { access: { action: 'read', subject: 'ReportSchedule' } },
    },
    async (req) => {
      if (!(await findSchedule(req.em, req.params.id))) throw new NotFoundError({ resource: noun(req.locale) });
      const page = pageArgs(req.query);
      const { rows, total } = await listRuns(req.em, req.params.id, page);
      const items = rows.map((run) => {
        if (!run.problem) return { ...run, problem: null };
        const vars = localizeAccessVars(run.problem.vars, req.server.subjects, req.locale);
        const { code } = run.problem;
        return { ...run, problem: { code, title: translate(req.locale, `errors.${code}.title`, vars), detail: translate(req.locale, `errors.${code}.detail`, vars) } };
      });
      return pageResult(items, total, page);
    },
  );

  app.post(
    '/:id/run-now',
    {
      schema: { tags, summary: 'Run and deliver the report now (also while the schedule is disabled)', params: idParams, response: { 202: reportScheduleRunAccepted } },
      config: { access: { action: 'update', subject: 'ReportSchedule' } },
    },
    async (req, reply) => {
      const schedule = await findSchedule(req.em, req.params.id);
      if (!schedule) throw new NotFoundError({ resource: noun(req.locale) });
      const runId = uuidv7();
      await audit(req, { action: 'report-schedule.run-now', subject: 'ReportSchedule', recordId: schedule.id, detail: { runId } });
      const data: DeliveryJobData = { tenantId: req.principal?.tenantId ?? '', scheduleId: schedule.id, manual: true };
      // sent at once, not after the commit: the answer promises a run, so a queue that is down must fail
      // the request; the run's id is its job's, so the answer names the run the history will show
      await req.server.jobs.send(reportDeliveryJob, data, { id: runId });
      reply.code(202);
      return { runId };
    },
  );
});
