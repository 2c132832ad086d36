import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '../../http/core-errors.ts';
import type { FieldProblem } from '../../http/domain-error.ts';
import { translate } from '../../i18n/translate.ts';
import { findReport } from '../report-store.ts';
import type { ScheduleValues } from './schedule-store.ts';

/**
 * Refuses a schedule that cannot run as written: a report the company does not have, a weekday on
 * anything but a weekly schedule (or none on a weekly one), a day of the month likewise for monthly ones,
 * recipients who are not members of the company, or nobody to deliver to. Problems point into the body.
 */
export async function assertScheduleFits(req: FastifyRequest, schedule: ScheduleValues): Promise<void> {
  const problems: FieldProblem[] = [];
  const report = (pointer: string, code: string, vars: Record<string, string> = {}) =>
    problems.push({ pointer, code, message: translate(req.locale, `reports.schedule.problem.${code}`, vars) });
  if (!(await findReport(req.em, schedule.reportId))) report('/body/reportId', 'unknown-report');
  const weekly = schedule.frequency === 'weekly';
  if (weekly !== (schedule.weekday !== undefined)) report('/body/weekday', weekly ? 'weekday-missing' : 'weekday-not-weekly');
  const monthly = schedule.frequency === 'monthly';
  if (monthly !== (schedule.dayOfMonth !== undefined)) report('/body/dayOfMonth', monthly ? 'day-of-month-missing' : 'day-of-month-not-monthly');
  const { userIds, emails } = schedule.recipients;
  if (userIds.length + emails.length === 0) report('/body/recipients', 'no-recipients');
  if (userIds.length > 0) {
    const rows = await req.em.execute<{ user_id: string }[]>(
      'SELECT user_id FROM memberships WHERE user_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)',
      [JSON.stringify(userIds)],
    );
    const members = new Set(rows.map((row) => row.user_id));
    userIds.forEach((id, i) => {
      if (!members.has(id)) report(`/body/recipients/userIds/${i}`, 'not-a-member');
    });
  }
  if (problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: problems });
}
