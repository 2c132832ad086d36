import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { type DashboardRun, runDashboard } from '../../../api/dashboards-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { type FilterValue, type FilterValues, runFilters } from '../model/filter-binding.ts';

export type RunState = { status: 'loading' } | { status: 'not-found' } | { status: 'failed' } | { status: 'ready'; run: DashboardRun };

/**
 * A dashboard and all its widgets in one `POST /run` per refresh: on opening, when a shared filter
 * changes, on 刷新 and every `refreshSeconds` while the tab is visible (a hidden tab catches up when shown).
 */
export function useDashboardRun(id: string) {
  const showProblem = useShowProblem();
  const [state, setState] = useState<RunState>({ status: 'loading' });
  const [values, setValues] = useState<FilterValues>({});
  const [running, setRunning] = useState(false);
  const [refreshedAt, setRefreshedAt] = useState<string | undefined>(undefined);
  const latest = useRef(0);
  const filtersRef = useRef<DashboardRun['dashboard']['filters']>([]);

  const refresh = useCallback(
    (current: FilterValues) => {
      const request = ++latest.current;
      setRunning(true);
      runDashboard(id, { filters: runFilters(filtersRef.current, current) })
        .then((run) => {
          if (request !== latest.current) return;
          filtersRef.current = run.dashboard.filters;
          setState({ status: 'ready', run });
          setRefreshedAt(new Date().toISOString());
        })
        .catch((error: unknown) => {
          if (request !== latest.current) return;
          if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return setState({ status: 'not-found' });
          showProblem(error);
          setState((before) => (before.status === 'ready' ? before : { status: 'failed' }));
        })
        .finally(() => {
          if (request === latest.current) setRunning(false);
        });
    },
    [id, showProblem],
  );

  useEffect(() => {
    refresh(values);
  }, [refresh, values]);

  const refreshSeconds = state.status === 'ready' ? state.run.dashboard.refreshSeconds : 0;
  useEffect(() => {
    if (refreshSeconds <= 0) return;
    let missed = false;
    const tick = () => {
      if (document.hidden) missed = true;
      else refresh(values);
    };
    const onVisible = () => {
      if (!document.hidden && missed) {
        missed = false;
        refresh(values);
      }
    };
    const timer = window.setInterval(tick, refreshSeconds * 1000);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refreshSeconds, refresh, values]);

  const setValue = useCallback((key: string, value: FilterValue | undefined) => setValues((before) => ({ ...before, [key]: value })), []);

  return { state, values, setValue, running, refreshedAt, refresh: () => refresh(values) };
}
