import { useEffect, useState } from 'react';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { type DatasetSummary, listDatasets } from './reports-api.ts';

/** The datasets the reader may use; `undefined` while loading. */
export function useDatasets(): DatasetSummary[] | undefined {
  const showProblem = useShowProblem();
  const [datasets, setDatasets] = useState<DatasetSummary[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    listDatasets()
      .then((items) => {
        if (current) setDatasets(items);
      })
      .catch((error: unknown) => {
        if (!current) return;
        setDatasets([]);
        showProblem(error);
      });
    return () => {
      current = false;
    };
  }, [showProblem]);
  return datasets;
}
