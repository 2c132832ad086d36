import type { DatasetDimension, DatasetFilter, DatasetQuery } from '@tessera/schemas/dataset';
import type { ReportView } from '@tessera/schemas/report';
import type { FastifyRequest } from 'fastify';
import { findDataset } from './find-dataset.ts';
import { ReportDatasetUnavailableError } from './report-errors.ts';
import { runDatasetQuery } from './run-dataset-query.ts';

export interface RunOptions {
  /** Added to the report's own filters (first, so problems point at the caller's list). */
  readonly filters?: readonly DatasetFilter[];
  /** In place of the report's own dimensions (a drill-down's next level). */
  readonly dimensions?: readonly DatasetDimension[];
}

/** A saved report run with the runner's access: `409 report-dataset-unavailable` when they cannot use its dataset. */
export async function runSavedReport(req: FastifyRequest, report: ReportView, options: RunOptions = {}) {
  const dataset = await findDataset(req, report.dataset);
  if (!dataset) throw new ReportDatasetUnavailableError({ title: report.title });
  const saved = report.query as DatasetQuery;
  const query: DatasetQuery = {
    ...saved,
    filters: [...(options.filters ?? []), ...(saved.filters ?? [])],
    ...(options.dimensions ? { dimensions: [...options.dimensions] } : {}),
  };
  return runDatasetQuery(req, dataset, query);
}
