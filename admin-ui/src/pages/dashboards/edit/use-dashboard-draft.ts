import { useEffect, useState } from 'react';
import type { DashboardCreate, DashboardView } from '../../../api/dashboards-api.ts';
import { fetchDashboard } from '../../../api/dashboards-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { runPageLoad, type LoadFailure } from '../../forms/run-page-load.ts';

/** What the editor edits: exactly the body it saves. */
export type DashboardDraft = Required<DashboardCreate>;

export const emptyDraft: DashboardDraft = { title: '', description: '', widgets: [], filters: [], refreshSeconds: 0, defaultForRoles: [] };

const draftOf = (view: DashboardView): DashboardDraft => ({
  title: view.title,
  description: view.description,
  widgets: view.widgets,
  filters: view.filters,
  refreshSeconds: view.refreshSeconds,
  defaultForRoles: view.defaultForRoles,
});

type LoadState = { state: 'loading' } | LoadFailure | { state: 'ready' };

/** The dashboard being edited (a new one starts empty) and whether it differs from what was loaded. */
export function useDashboardDraft(id: string | undefined) {
  const showProblem = useShowProblem();
  const [load, setLoad] = useState<LoadState>(id ? { state: 'loading' } : { state: 'ready' });
  const [draft, setDraft] = useState<DashboardDraft>(emptyDraft);
  const [isDirty, setDirty] = useState(false);

  useEffect(() => {
    if (!id) return;
    return runPageLoad(
      () => fetchDashboard(id),
      (view) => {
        setDraft(draftOf(view));
        setLoad({ state: 'ready' });
      },
      setLoad,
      showProblem,
    );
  }, [id, showProblem]);

  const change = (edit: (before: DashboardDraft) => DashboardDraft) => {
    setDraft(edit);
    setDirty(true);
  };
  return { load, draft, isDirty, change, markSaved: () => setDirty(false) };
}
