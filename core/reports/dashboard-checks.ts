import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { FieldProblem } from '../http/domain-error.ts';
import { translate } from '../i18n/translate.ts';
import type { DashboardValues } from './dashboard-store.ts';
import { findDataset } from './find-dataset.ts';
import { findReport } from './report-store.ts';

/**
 * Refuses a dashboard whose parts do not fit together: widget keys used twice, reports that do not exist,
 * shared filters bound to unknown widgets or to fields the widget's dataset lacks (a period needs a time
 * or date field), roles the company does not have. Problems point into the body.
 */
export async function assertDashboardFits(req: FastifyRequest, dashboard: DashboardValues): Promise<void> {
  const problems: FieldProblem[] = [];
  const report = (pointer: string, code: string, vars: Record<string, string> = {}) =>
    problems.push({ pointer, code, message: translate(req.locale, `reports.problem.${code}`, vars) });
  const fieldsOfWidget = new Map<string, Map<string, string>>();
  for (const [i, widget] of dashboard.widgets.entries()) {
    if (fieldsOfWidget.has(widget.key)) report(`/body/widgets/${i}/key`, 'duplicate-key', { key: widget.key });
    const saved = await findReport(req.em, widget.reportId);
    if (!saved) {
      report(`/body/widgets/${i}/reportId`, 'unknown-report');
      continue;
    }
    const dataset = await findDataset(req, saved.dataset);
    fieldsOfWidget.set(widget.key, new Map((dataset?.fields ?? []).map((field) => [field.key, field.type])));
  }
  const filterKeys = new Set<string>();
  for (const [i, filter] of dashboard.filters.entries()) {
    if (filterKeys.has(filter.key)) report(`/body/filters/${i}/key`, 'duplicate-key', { key: filter.key });
    filterKeys.add(filter.key);
    for (const [j, binding] of filter.bindings.entries()) {
      const fields = fieldsOfWidget.get(binding.widget);
      const at = `/body/filters/${i}/bindings/${j}`;
      if (!fields) report(`${at}/widget`, 'unknown-widget', { widget: binding.widget });
      else if (!fields.has(binding.field)) report(`${at}/field`, 'unknown-field', { field: binding.field });
      else if (filter.type === 'period' && !['time', 'date'].includes(fields.get(binding.field) ?? '')) {
        report(`${at}/field`, 'operator-not-applicable', { field: binding.field });
      }
    }
  }
  if (dashboard.defaultForRoles.length > 0) {
    const rows = await req.em.execute<{ key: string }[]>('SELECT key FROM roles WHERE key = ANY(ARRAY[?]::text[])', [[...dashboard.defaultForRoles]]);
    const known = new Set(rows.map((row) => row.key));
    dashboard.defaultForRoles.forEach((role, i) => {
      if (!known.has(role)) report(`/body/defaultForRoles/${i}`, 'unknown-role', { role });
    });
  }
  if (problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: problems });
}
