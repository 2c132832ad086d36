import type { DatasetFilter } from '@tessera/schemas/dataset';
import type { DashboardView } from '@tessera/schemas/dashboard';
import type { FastifyRequest } from 'fastify';
import { localizeAccessVars } from '../access/localize-access-vars.ts';
import { DomainError } from '../http/domain-error.ts';
import { translate } from '../i18n/translate.ts';
import { findReport } from './report-store.ts';
import { runSavedReport } from './run-saved-report.ts';

type FilterValue = string | number | boolean | (string | number | boolean)[];

/** The shared filters' values as filters on one widget's fields. */
function widgetFilters(dashboard: DashboardView, widget: string, values: Readonly<Record<string, FilterValue>>): DatasetFilter[] {
  return dashboard.filters.flatMap((filter) => {
    const value = values[filter.key];
    if (value === undefined) return [];
    return filter.bindings
      .filter((binding) => binding.widget === widget)
      .map((binding): DatasetFilter =>
        filter.type === 'period'
          ? { field: binding.field, op: 'within', value: Array.isArray(value) ? String(value[0]) : value }
          : { field: binding.field, op: Array.isArray(value) ? 'in' : 'eq', value },
      );
  });
}

/**
 * Every widget's report run with the reader's access and the shared filters' values. A widget the reader
 * cannot run (its report deleted, its dataset unavailable to them, a field rule) carries the problem
 * instead of a result, so the rest of the dashboard still shows.
 */
export async function runDashboard(req: FastifyRequest, dashboard: DashboardView, values: Readonly<Record<string, FilterValue>>) {
  const widgets = [];
  for (const widget of dashboard.widgets) {
    try {
      const report = await findReport(req.em, widget.reportId);
      if (!report) {
        widgets.push({ key: widget.key, problem: problemOf(req, 'report-missing', {}) });
        continue;
      }
      const result = await runSavedReport(req, report, { filters: widgetFilters(dashboard, widget.key, values) });
      widgets.push({ key: widget.key, report, result });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      widgets.push({ key: widget.key, problem: problemOf(req, error.code, error.vars) });
    }
  }
  return { dashboard, widgets };
}

function problemOf(req: FastifyRequest, code: string, vars: Record<string, string | number>) {
  const localized = localizeAccessVars(vars, req.server.subjects, req.locale);
  return { code, title: translate(req.locale, `errors.${code}.title`, localized), detail: translate(req.locale, `errors.${code}.detail`, localized) };
}
