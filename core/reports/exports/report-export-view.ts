import type { ReportExportView } from '@tessera/schemas/report-export';
import { localizeAccessVars } from '../../access/localize-access-vars.ts';
import type { SubjectRegistry } from '../../access/subject-registry.ts';
import { type Locale, translate } from '../../i18n/translate.ts';
import type { ReportExportRecord } from './report-export-store.ts';

/** An export as its requester sees it: the problem, if any, in the reader's language. */
export function toReportExportView(record: ReportExportRecord, locale: Locale, subjects: SubjectRegistry): ReportExportView {
  const problem = record.problem;
  const vars = problem ? localizeAccessVars(problem.vars, subjects, locale) : {};
  return {
    id: record.id,
    reportId: record.reportId,
    format: record.format,
    status: record.status,
    progress: record.progress,
    rowCount: record.rowCount,
    file: record.file,
    problem: problem
      ? { code: problem.code, title: translate(locale, `errors.${problem.code}.title`, vars), detail: translate(locale, `errors.${problem.code}.detail`, vars) }
      : null,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  };
}
