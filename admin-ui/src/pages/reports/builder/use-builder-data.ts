import { useEffect, useState } from 'react';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { type DatasetField, fetchDataset, fetchReport } from '../reports-api.ts';
import { type ReportDraft, draftOfReport } from './report-draft.ts';

/** The saved report being edited, as a draft; `null` for a new report, `undefined` while loading, `'failed'` when it could not load. */
export function useSavedDraft(id: string | undefined): ReportDraft | null | undefined | 'failed' {
  const showProblem = useShowProblem();
  const [draft, setDraft] = useState<ReportDraft | null | undefined | 'failed'>(id ? undefined : null);
  useEffect(() => {
    if (!id) return undefined;
    let current = true;
    fetchReport(id)
      .then((report) => {
        if (current) setDraft(draftOfReport(report));
      })
      .catch((error: unknown) => {
        if (!current) return;
        setDraft('failed');
        showProblem(error);
      });
    return () => {
      current = false;
    };
  }, [id, showProblem]);
  return draft;
}

/** The chosen dataset's fields; `undefined` while loading or before one is chosen. */
export function useDatasetFields(dataset: string | undefined): DatasetField[] | undefined {
  const showProblem = useShowProblem();
  const [loaded, setLoaded] = useState<{ key: string; fields: DatasetField[] } | undefined>(undefined);
  useEffect(() => {
    if (!dataset) return undefined;
    let current = true;
    fetchDataset(dataset)
      .then((view) => {
        if (current) setLoaded({ key: dataset, fields: view.fields });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setLoaded({ key: dataset, fields: [] });
        showProblem(error);
      });
    return () => {
      current = false;
    };
  }, [dataset, showProblem]);
  return loaded && loaded.key === dataset ? loaded.fields : undefined;
}
