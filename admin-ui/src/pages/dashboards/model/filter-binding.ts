import type { DashboardFilter, DashboardView, DatasetField } from '../../../api/dashboards-api.ts';

export type FilterType = DashboardFilter['type'];
type Scalar = string | number | boolean;
export type FilterValue = Scalar | Scalar[];
/** The shared filters' values by filter key, as the filter bar holds them (undefined or empty: not set). */
export type FilterValues = Readonly<Record<string, FilterValue | undefined>>;

/** Fields a filter may bind to: a period needs a time or a date, a value any field. */
export function bindableFields(type: FilterType, fields: readonly DatasetField[]): DatasetField[] {
  return type === 'period' ? fields.filter((field) => field.type === 'time' || field.type === 'date') : [...fields];
}

/** The field a filter applies to on one widget, if bound there. */
export function boundField(filter: DashboardFilter, widget: string): string | undefined {
  return filter.bindings.find((binding) => binding.widget === widget)?.field;
}

/** The filter bound to `field` on `widget` (or unbound there when `field` is undefined); other widgets keep theirs. */
export function bindFilter(filter: DashboardFilter, widget: string, field: string | undefined): DashboardFilter {
  const index = filter.bindings.findIndex((binding) => binding.widget === widget);
  if (field === undefined) return { ...filter, bindings: filter.bindings.filter((binding) => binding.widget !== widget) };
  if (index < 0) return { ...filter, bindings: [...filter.bindings, { widget, field }] };
  return { ...filter, bindings: filter.bindings.map((binding, i) => (i === index ? { widget, field } : binding)) };
}

/** A removed widget leaves no binding behind (the server refuses bindings to unknown widgets). */
export function unbindWidget(filters: readonly DashboardFilter[], widget: string): DashboardFilter[] {
  return filters.map((filter) => bindFilter(filter, widget, undefined));
}

/**
 * A filter's type changed: bindings the new type cannot take are dropped (a period keeps only times and
 * dates), judged by each widget's fields.
 */
export function retypeFilter(
  filter: DashboardFilter,
  type: FilterType,
  fieldsOfWidget: (widget: string) => readonly DatasetField[] | undefined,
): DashboardFilter {
  const bindings = filter.bindings.filter((binding) => {
    const fields = fieldsOfWidget(binding.widget);
    return fields === undefined || bindableFields(type, fields).some((field) => field.key === binding.field);
  });
  return { ...filter, type, bindings };
}

/** `f1`, `f2`…: the first filter key not in use. */
export function nextFilterKey(filters: readonly DashboardFilter[]): string {
  const taken = new Set(filters.map((filter) => filter.key));
  let n = 1;
  while (taken.has(`f${n}`)) n++;
  return `f${n}`;
}

const isSet = (value: FilterValue | undefined): value is FilterValue =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The run body's `filters`: only filters that exist on the dashboard and have a value. */
export function runFilters(filters: readonly DashboardFilter[], values: FilterValues): Record<string, FilterValue> {
  const body: Record<string, FilterValue> = {};
  for (const filter of filters) {
    const value = values[filter.key];
    if (isSet(value)) body[filter.key] = value;
  }
  return body;
}

export interface FieldFilter {
  field: string;
  op: 'eq' | 'in' | 'within' | 'gte' | 'lte';
  value: FilterValue;
}

/** The shared filters as conditions on one widget's fields, the way the server applies them on a run. */
export function widgetFilters(dashboard: Pick<DashboardView, 'filters'>, widget: string, values: FilterValues): FieldFilter[] {
  return dashboard.filters.flatMap((filter): FieldFilter[] => {
    const value = values[filter.key];
    const field = boundField(filter, widget);
    if (!isSet(value) || field === undefined) return [];
    if (filter.type === 'period') return [{ field, op: 'within', value: Array.isArray(value) ? String(value[0]) : value }];
    return [{ field, op: Array.isArray(value) ? 'in' : 'eq', value }];
  });
}
