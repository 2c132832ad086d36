import { DomainError } from '../../http/domain-error.ts';

/**
 * A scheduled run could not act for the schedule's author: they left the company or their account was
 * disabled. The run fails (and is retried) until someone else re-creates the schedule.
 */
export class ScheduleAuthorUnavailableError extends DomainError {
  static override readonly code = 'report-schedule-author-unavailable';
  static override readonly status = 409;
}
