import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListResult } from '../../../api/list-result.ts';
import { pageSizeOptions } from '../../../hooks/use-list-params.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import type { RunStatus } from './run-status-tag.tsx';
import { listSchedules, type ReportScheduleView } from './schedules-api.ts';

/**
 * One report's schedules, a page at a time (newest first, the order the API lists them in), each with
 * its last run (given by the list). The page lives in the drawer, not the URL: the URL belongs to the report.
 */
export function useScheduleList(reportId: string) {
  const showProblem = useShowProblem();
  const [page, setPage] = useState({ page: 1, pageSize: pageSizeOptions[0] ?? 20 });
  const [data, setData] = useState<ListResult<ReportScheduleView> | undefined>(undefined);
  /** Runs 立即执行 asked for, by schedule, until the history shows them. */
  const [queued, setQueued] = useState<ReadonlyMap<string, string>>(new Map());
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  // Only the newest request may set the rows, so a slow answer never overwrites a newer one.
  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    listSchedules(reportId, page)
      .then((result) => {
        if (request !== latest.current) return;
        setData(result);
        // a requested run that the list shows is no longer waiting
        const newest = new Map(result.items.map((schedule) => [schedule.id, schedule.lastRun?.id]));
        setQueued((current) => new Map([...current].filter(([scheduleId, runId]) => newest.get(scheduleId) !== runId)));
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [reportId, page, showProblem]);

  useEffect(reload, [reload]);

  // Deleting the last row of the last page leaves an empty page: step back to one with rows.
  useEffect(() => {
    if (data && data.items.length === 0 && data.total > 0 && page.page > 1) {
      setPage((current) => ({ ...current, page: Math.max(1, Math.ceil(data.total / current.pageSize)) }));
    }
  }, [data, page.page]);

  /** A schedule as saved (its switch flipped): shown at once, without reading the page again. */
  const replace = useCallback((schedule: ReportScheduleView) => {
    setData((current) => current && { ...current, items: current.items.map((item) => (item.id === schedule.id ? schedule : item)) });
  }, []);

  /** 立即执行 was accepted: the row says so until its run is read. */
  const markQueued = useCallback((scheduleId: string, runId: string) => {
    setQueued((current) => new Map([...current, [scheduleId, runId]]));
  }, []);

  /** The status of a schedule's newest run: `queued` while a requested run has not started, `null` for never run, undefined while loading. */
  const lastRunStatus = useCallback(
    (scheduleId: string): RunStatus | null | undefined => {
      if (queued.has(scheduleId)) return 'queued';
      const schedule = data?.items.find((item) => item.id === scheduleId);
      return schedule === undefined ? undefined : (schedule.lastRun?.status ?? null);
    },
    [data, queued],
  );

  const awaitedRun = useCallback((scheduleId: string) => queued.get(scheduleId), [queued]);

  return { data, lastRunStatus, awaitedRun, loading, page, setPage, reload, replace, markQueued };
}
