import type { DashboardFilter, DashboardRun } from '../../../api/dashboards-api.ts';

/** How the filter bar asks for a value filter's value. */
export type ValueInput = { kind: 'choices'; choices: { value: string | number | boolean; label: string }[] } | { kind: 'number' } | { kind: 'text' };

const numeric = new Set(['number', 'money']);

/**
 * Read off the results already on the page (no extra request): the labels of an option field, or the
 * values a grouped field has; a number box for numbers; free text otherwise.
 */
export function valueInputOf(filter: DashboardFilter, run: DashboardRun): ValueInput {
  const choices = new Map<string, { value: string | number | boolean; label: string }>();
  let isNumeric = false;
  for (const binding of filter.bindings) {
    const result = run.widgets.find((widget) => widget.key === binding.widget)?.result;
    const index = result?.columns.findIndex((column) => column.kind === 'dimension' && column.field === binding.field) ?? -1;
    const column = result?.columns[index];
    if (!result || !column) continue;
    if (numeric.has(column.type)) isNumeric = true;
    for (const [value, label] of Object.entries(column.labels ?? {})) choices.set(value, { value, label });
    if (column.labels || column.grain) continue;
    for (const row of result.rows) {
      const value = row[index];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') choices.set(String(value), { value, label: String(value) });
    }
  }
  if (choices.size > 0) return { kind: 'choices', choices: [...choices.values()] };
  return isNumeric ? { kind: 'number' } : { kind: 'text' };
}
