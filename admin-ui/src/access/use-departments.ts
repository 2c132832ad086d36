import { useCallback, useEffect, useRef, useState } from 'react';
import { type DepartmentView, listDepartments } from '../api/departments-api.ts';
import { useShowProblem } from '../hooks/use-show-problem.tsx';

/**
 * The tenant's departments (flat, parents first). `enabled: false` skips the request for users who may
 * not read departments; `quiet` pages that only use them for pickers and names report no failure
 * (`hasFailed` tells them the list will not come).
 */
export function useDepartments({ enabled = true, quiet = false }: { enabled?: boolean; quiet?: boolean } = {}) {
  const showProblem = useShowProblem();
  const [departments, setDepartments] = useState<DepartmentView[] | undefined>(undefined);
  const [hasFailed, setHasFailed] = useState(false);
  const latest = useRef(0);

  const reload = useCallback(() => {
    if (!enabled) return;
    const request = ++latest.current;
    listDepartments().then(
      (list) => {
        if (request !== latest.current) return;
        setDepartments(list.items);
        setHasFailed(false);
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        setHasFailed(true);
        if (!quiet) showProblem(error);
      },
    );
  }, [enabled, quiet, showProblem]);

  useEffect(reload, [reload]);
  return { departments, hasFailed, reload };
}
