import type { DatasetDimension, DatasetFilter, DatasetQuery } from '@tessera/schemas/dataset';
import type { ReportView } from '@tessera/schemas/report';
import type { FastifyRequest } from 'fastify';
import { datasetRecords, type RecordsPage } from './dataset-records.ts';
import { findDataset } from './find-dataset.ts';
import { ReportDatasetUnavailableError } from './report-errors.ts';
import { runDatasetQuery } from './run-dataset-query.ts';

export interface RunOptions {
  /** Added to the report's own filters (first, so problems point at the caller's list). */
  readonly filters?: readonly DatasetFilter[];
  /** In place of the report's own dimensions (a drill-down's next level). */
  readonly dimensions?: readonly DatasetDimension[];
}

/** A KPI asks for its previous period with `chart.options.compare: 'previous-period'`. */
const comparesWithPrevious = (report: ReportView) =>
  (report.chart as { type?: string; options?: Record<string, unknown> }).options?.compare === 'previous-period';

/**
 * A saved report run with the runner's access: `409 report-dataset-unavailable` when they cannot use its
 * dataset. A report comparing with the previous period also carries `previous`, the same query one period back.
 */
export async function runSavedReport(req: FastifyRequest, report: ReportView, options: RunOptions = {}) {
  const dataset = await findDataset(req, report.dataset);
  if (!dataset) throw new ReportDatasetUnavailableError({ title: report.title });
  const saved = report.query as DatasetQuery;
  const query: DatasetQuery = {
    ...saved,
    filters: [...(options.filters ?? []), ...(saved.filters ?? [])],
    ...(options.dimensions ? { dimensions: [...options.dimensions] } : {}),
  };
  const result = await runDatasetQuery(req, dataset, query);
  // the same query over the period before: every relative period ("this month") moved back by its length
  if (!comparesWithPrevious(report) || !(query.filters ?? []).some((filter) => filter.op === 'within')) return result;
  const previous = await runDatasetQuery(req, dataset, query, '/body', 1);
  return { ...result, previous: { rows: previous.rows, truncated: previous.truncated } };
}

/** The records behind a saved report's numbers: its dataset's rows under its filters and `filters` (first, for the pointers). */
export async function savedReportRecords(req: FastifyRequest, report: ReportView, filters: readonly DatasetFilter[], page: RecordsPage) {
  const dataset = await findDataset(req, report.dataset);
  if (!dataset) throw new ReportDatasetUnavailableError({ title: report.title });
  return datasetRecords(req, dataset, [...filters, ...((report.query as DatasetQuery).filters ?? [])], page);
}
