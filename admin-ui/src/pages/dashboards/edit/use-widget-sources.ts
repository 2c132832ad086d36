import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import type { DashboardWidget, DatasetField } from '../../../api/dashboards-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { fetchDataset, fetchReport, listReports, type ReportView } from '../../reports/reports-api.ts';

/** A widget's report as the editor shows it: loaded, deleted since (404), or still loading (absent). */
export type ReportSource = { state: 'loaded'; report: Pick<ReportView, 'id' | 'title' | 'dataset' | 'chart'> } | { state: 'missing' };

/**
 * The reports on the grid and their datasets' fields (to bind shared filters), each read once: the first
 * page of reports at once (a report missing from a complete list was deleted), any other one by its id.
 * Reports the picker already had are passed in through `remember`, so adding a widget costs no request.
 */
export function useWidgetSources(widgets: readonly DashboardWidget[]) {
  const showProblem = useShowProblem();
  const [reports, setReports] = useState<ReadonlyMap<string, ReportSource>>(new Map());
  const [fields, setFields] = useState<ReadonlyMap<string, DatasetField[]>>(new Map());
  const [listed, setListed] = useState<{ complete: boolean } | undefined>(undefined);
  const reportIds = [...new Set(widgets.map((widget) => widget.reportId))].filter((id) => !reports.has(id));
  // only the grid's reports' datasets: the list holds others too
  const onGrid = widgets.map((widget) => reports.get(widget.reportId));
  const datasets = [...new Set(onGrid.flatMap((source) => (source?.state === 'loaded' ? [source.report.dataset] : [])))].filter(
    (key) => !fields.has(key),
  );
  const missingReports = reportIds.join(',');
  const missingDatasets = datasets.join(',');

  useEffect(() => {
    let isCurrent = true;
    listReports({ page: 1, pageSize: 100 }).then(
      (list) => {
        if (!isCurrent) return;
        setReports((before) => {
          const next = new Map(before);
          for (const report of list.items) if (!next.has(report.id)) next.set(report.id, { state: 'loaded', report });
          return next;
        });
        setListed({ complete: list.total <= list.items.length });
      },
      () => {
        if (isCurrent) setListed({ complete: false });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(() => {
    if (!missingReports || !listed) return;
    for (const id of missingReports.split(',')) {
      if (listed.complete) {
        setReports((before) => new Map(before).set(id, { state: 'missing' }));
        continue;
      }
      fetchReport(id).then(
        (report) => setReports((before) => new Map(before).set(id, { state: 'loaded', report })),
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 404) setReports((before) => new Map(before).set(id, { state: 'missing' }));
          else showProblem(error);
        },
      );
    }
  }, [missingReports, listed, showProblem]);

  useEffect(() => {
    if (!missingDatasets) return;
    for (const key of missingDatasets.split(',')) {
      fetchDataset(key).then(
        (view) => setFields((before) => new Map(before).set(key, view.fields)),
        // a dataset the editor cannot read (module disabled) offers no fields; the server says why on save
        () => setFields((before) => new Map(before).set(key, [])),
      );
    }
  }, [missingDatasets]);

  const remember = (report: ReportSource & { state: 'loaded' }) => setReports((before) => new Map(before).set(report.report.id, report));
  const fieldsOfWidget = (widgetKey: string): DatasetField[] | undefined => {
    const widget = widgets.find((candidate) => candidate.key === widgetKey);
    const source = widget ? reports.get(widget.reportId) : undefined;
    if (source?.state === 'missing') return [];
    return source?.state === 'loaded' ? fields.get(source.report.dataset) : undefined;
  };
  return { reports, fieldsOfWidget, remember };
}
