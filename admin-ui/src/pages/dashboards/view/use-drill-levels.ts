import { useEffect, useMemo, useState } from 'react';
import type { DatasetField, DatasetResult, ReportRunOptions } from '../../../api/dashboards-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSession } from '../../../session/use-session.ts';
import { fetchDataset, runReport } from '../../reports/reports-api.ts';
import type { FieldFilter } from '../model/filter-binding.ts';
import { type ClickedValue, type NextLevel, drillRequest, suggestedNextLevel } from '../model/drill-request.ts';

export interface DrillLevel {
  clicked: ClickedValue;
  next: NextLevel | undefined;
}

/**
 * The levels drilled through from a widget and the last level's result: the dataset's fields are read
 * once (to offer next levels), then each level runs the widget's report with the clicked values.
 */
export function useDrillLevels(reportId: string, dataset: string, first: ClickedValue, shared: readonly FieldFilter[]) {
  const showProblem = useShowProblem();
  const { tenant } = useSession();
  const [fields, setFields] = useState<DatasetField[] | undefined>(undefined);
  const [levels, setLevels] = useState<DrillLevel[]>([]);
  // the answer with the request it answers: a result for another level is never shown as this one's
  const [answer, setAnswer] = useState<{ request: ReportRunOptions; result: DatasetResult } | undefined>(undefined);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let isCurrent = true;
    fetchDataset(dataset)
      .then((view) => {
        if (!isCurrent) return;
        setFields(view.fields);
        setLevels([{ clicked: first, next: suggestedNextLevel(view.fields, [first]) }]);
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        showProblem(error);
        // without the fields there is no next level to offer: the clicked group's rows still show
        setFields([]);
        setLevels([{ clicked: first, next: undefined }]);
      });
    return () => {
      isCurrent = false;
    };
  }, [dataset, first, showProblem]);

  const request = useMemo<ReportRunOptions | undefined>(
    () => (levels.length > 0 ? drillRequest(levels.map((level) => level.clicked), shared, levels[levels.length - 1]?.next, tenant.timeZone) : undefined),
    [levels, shared, tenant.timeZone],
  );

  useEffect(() => {
    if (!request) return;
    let isCurrent = true;
    setLoading(true);
    runReport(reportId, request)
      .then((run) => {
        if (isCurrent) setAnswer({ request, result: run.result });
      })
      .catch((error: unknown) => {
        if (isCurrent) showProblem(error);
      })
      .finally(() => {
        if (isCurrent) setLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [reportId, request, showProblem]);

  const setNext = (next: NextLevel | undefined) =>
    setLevels((before) => before.map((level, index) => (index === before.length - 1 ? { ...level, next } : level)));
  const drillInto = (clicked: ClickedValue) =>
    setLevels((before) => {
      const path = [...before.map((level) => level.clicked), clicked];
      return [...before, { clicked, next: suggestedNextLevel(fields ?? [], path) }];
    });
  const back = () => setLevels((before) => before.slice(0, -1));

  const result = answer && answer.request === request ? answer.result : undefined;
  return { fields, levels, result, loading, setNext, drillInto, back };
}
