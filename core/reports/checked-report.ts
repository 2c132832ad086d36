import type { DatasetQuery } from '@tessera/schemas/dataset';
import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import { findDataset } from './find-dataset.ts';
import type { ReportValues } from './report-store.ts';
import { runDatasetQuery } from './run-dataset-query.ts';

/**
 * Refuses a report its author could not run: a dataset they may not use (pointer `/body/dataset`), or a
 * query the engine refuses for them (pointers under `/body/query`). Running it with a limit of one row is
 * the check, so what is saved is exactly what runs.
 */
export async function assertReportRuns(req: FastifyRequest, report: ReportValues): Promise<void> {
  const dataset = await findDataset(req, report.dataset);
  if (!dataset) {
    throw new ValidationFailedError(
      {},
      { fieldProblems: [{ pointer: '/body/dataset', code: 'unknown-dataset', message: translate(req.locale, 'reports.problem.unknown-dataset', { dataset: report.dataset }) }] },
    );
  }
  await runDatasetQuery(req, dataset, { ...(report.query as DatasetQuery), limit: 1 }, '/body/query');
}
