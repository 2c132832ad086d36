import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { type DatasetQuery, type DatasetResult, queryDataset } from '../reports-api.ts';
import { type ProblemSlots, problemSlots } from './problem-slots.ts';

export type Preview =
  | { status: 'idle' }
  | { status: 'loading'; result?: DatasetResult }
  | { status: 'ready'; result: DatasetResult }
  | { status: 'failed'; error: ApiError | undefined; slots: ProblemSlots; result?: DatasetResult };

const debounceMs = 400;

/**
 * Runs the draft's query a moment after the person stops changing it; only the newest answer counts,
 * and a refusal keeps the last result visible beside the problem so the preview does not jump.
 */
export function usePreview(dataset: string | undefined, query: DatasetQuery | undefined): Preview {
  const [preview, setPreview] = useState<Preview>({ status: 'idle' });
  const key = dataset && query ? JSON.stringify([dataset, query]) : '';

  useEffect(() => {
    if (!key) {
      setPreview({ status: 'idle' });
      return undefined;
    }
    const [datasetKey, body] = JSON.parse(key) as [string, DatasetQuery];
    let current = true;
    setPreview((last) => ({ status: 'loading', result: 'result' in last ? last.result : undefined }));
    const timer = window.setTimeout(() => {
      queryDataset(datasetKey, body)
        .then((result) => {
          if (current) setPreview({ status: 'ready', result });
        })
        .catch((error: unknown) => {
          if (!current) return;
          const apiError = error instanceof ApiError ? error : undefined;
          setPreview((last) => ({
            status: 'failed',
            error: apiError,
            slots: apiError ? problemSlots(apiError) : {},
            result: 'result' in last ? last.result : undefined,
          }));
        });
    }, debounceMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key]);

  return preview;
}
