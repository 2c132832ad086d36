import type { DashboardSummary } from '../../../api/dashboards-api.ts';
import type { ListResult } from '../../../api/list-result.ts';

/**
 * Whether asking for the home dashboard can find one: a listed dashboard is default for one of the
 * user's roles, or the list did not fit one page. Asking only then spares the workbench a 404 (which
 * the browser logs as an error) for everyone without a home dashboard.
 */
export function mayHaveHome(list: ListResult<Pick<DashboardSummary, 'defaultForRoles'>>, roles: readonly string[]): boolean {
  if (list.total > list.items.length) return true;
  return list.items.some((dashboard) => dashboard.defaultForRoles.some((role) => roles.includes(role)));
}
