import type { FastifyRequest } from 'fastify';
import { availableDatasets } from '../find-dataset.ts';
import { type DashboardTemplateEntry, dashboardTemplateEntries, type ReportTemplateEntry, reportTemplateEntries } from './template-catalog.ts';

/** The titles of the datasets the reader may use, by key. */
async function usableDatasets(req: FastifyRequest): Promise<Map<string, string>> {
  return new Map((await availableDatasets(req)).map((dataset) => [dataset.key, dataset.title]));
}

/**
 * The report templates over datasets the reader may use (the core's, their enabled modules', readable
 * subjects), each with its dataset's title.
 */
export async function availableReportTemplates(req: FastifyRequest): Promise<(ReportTemplateEntry & { datasetTitle: string })[]> {
  const usable = await usableDatasets(req);
  return reportTemplateEntries(req.server.plugins.all()).flatMap((entry) => {
    const datasetTitle = usable.get(entry.dataset);
    return datasetTitle === undefined ? [] : [{ ...entry, datasetTitle }];
  });
}

/** The dashboard templates all of whose widgets' datasets the reader may use. */
export async function availableDashboardTemplates(req: FastifyRequest): Promise<DashboardTemplateEntry[]> {
  const usable = await usableDatasets(req);
  return dashboardTemplateEntries(req.server.plugins.all()).filter((entry) => [...entry.reports.values()].every((report) => usable.has(report.dataset)));
}
