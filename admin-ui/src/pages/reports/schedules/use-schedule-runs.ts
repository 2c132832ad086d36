import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListResult } from '../../../api/list-result.ts';
import { pageSizeOptions } from '../../../hooks/use-list-params.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { listRuns, type ReportScheduleRunView } from './schedules-api.ts';

const pollMs = 2000;
/** A queue that never starts the run should not keep the page asking forever. */
const pollForMs = 5 * 60_000;

/**
 * 运行记录 of one schedule, newest first, a page at a time. While the first page is shown and a run is
 * still running, or the run 立即执行 asked for has not appeared yet, it is read again every two seconds.
 */
export function useScheduleRuns(scheduleId: string, awaitedRunId: string | undefined) {
  const showProblem = useShowProblem();
  const [page, setPage] = useState({ page: 1, pageSize: pageSizeOptions[0] ?? 20 });
  const [data, setData] = useState<ListResult<ReportScheduleRunView> | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const [openedAt] = useState(() => Date.now());

  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    listRuns(scheduleId, page)
      .then((result) => {
        if (request === latest.current) setData(result);
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [scheduleId, page, showProblem]);

  useEffect(reload, [reload]);

  const isAwaiting = awaitedRunId !== undefined && data !== undefined && !data.items.some((run) => run.id === awaitedRunId);
  const isRunning = data?.items.some((run) => run.status === 'running') ?? false;
  const shouldPoll = page.page === 1 && !loading && (isAwaiting || isRunning);

  useEffect(() => {
    if (!shouldPoll || Date.now() - openedAt > pollForMs) return;
    const timer = window.setTimeout(reload, pollMs);
    return () => window.clearTimeout(timer);
  }, [shouldPoll, reload, openedAt]);

  return { data, loading, page, setPage, reload, isAwaiting: isAwaiting && page.page === 1 };
}
