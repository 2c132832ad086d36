import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { type ReportRun, type ReportRunOptions, runReport } from '../reports-api.ts';

export type RunState = { status: 'loading'; run?: ReportRun } | { status: 'ready'; run: ReportRun } | { status: 'failed'; error: ApiError | undefined; run?: ReportRun };

/** Runs the report (drilled down by `options`) whenever they change; the last answer stays while the next loads. */
export function useReportRun(id: string, options: ReportRunOptions): RunState {
  const showProblem = useShowProblem();
  const [state, setState] = useState<RunState>({ status: 'loading' });
  const key = JSON.stringify(options);

  useEffect(() => {
    let current = true;
    setState((last) => ({ status: 'loading', run: last.run }));
    runReport(id, JSON.parse(key) as ReportRunOptions)
      .then((run) => {
        if (current) setState({ status: 'ready', run });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setState((last) => ({ status: 'failed', error: error instanceof ApiError ? error : undefined, run: last.run }));
        showProblem(error);
      });
    return () => {
      current = false;
    };
  }, [id, key, showProblem]);

  return state;
}
