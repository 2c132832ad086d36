import type { DashboardTemplateDeclaration, ReportTemplateDeclaration } from '@tessera/schemas/report-template';

/** Every field a query names: dimensions, measures (and a ratio's divisor) and filters. */
export function queryFields(query: ReportTemplateDeclaration['query']): string[] {
  return [
    ...(query.dimensions ?? []).map((dimension) => dimension.field),
    ...query.measures.flatMap((measure) => [measure.field, measure.over].filter((field): field is string => field !== undefined)),
    ...(query.filters ?? []).map((filter) => filter.field),
  ];
}

const duplicates = (keys: readonly string[]) => keys.filter((key, i) => keys.indexOf(key) !== i);

/**
 * What is wrong with templates that their schema cannot tell: a report template over a dataset its
 * source does not have or naming fields the dataset lacks; a dashboard template naming report templates,
 * widgets or fields that are not there. `datasetFields` maps each dataset key (without the source) to its
 * field keys. Lines as `pointer: message`.
 */
export function templateProblems(
  reports: readonly ReportTemplateDeclaration[],
  dashboards: readonly DashboardTemplateDeclaration[],
  datasetFields: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  for (const key of duplicates(reports.map((report) => report.key))) problems.push(`/reportTemplates: the key "${key}" is used twice`);
  reports.forEach((report, i) => {
    const fields = datasetFields.get(report.dataset);
    if (!fields) return problems.push(`/reportTemplates/${i}/dataset: "${report.dataset}" is not a dataset of this source`);
    for (const field of queryFields(report.query).filter((field) => !fields.includes(field))) {
      problems.push(`/reportTemplates/${i}/query: "${field}" is not a field of the dataset "${report.dataset}"`);
    }
  });
  const byKey = new Map(reports.map((report) => [report.key, report]));
  for (const key of duplicates(dashboards.map((dashboard) => dashboard.key))) problems.push(`/dashboardTemplates: the key "${key}" is used twice`);
  dashboards.forEach((dashboard, i) => {
    const at = `/dashboardTemplates/${i}`;
    for (const key of duplicates(dashboard.widgets.map((widget) => widget.key))) problems.push(`${at}/widgets: the key "${key}" is used twice`);
    dashboard.widgets.forEach((widget, w) => {
      if (!byKey.has(widget.report)) problems.push(`${at}/widgets/${w}/report: "${widget.report}" is not a report template of this source`);
    });
    (dashboard.filters ?? []).forEach((filter, f) => {
      filter.bindings.forEach((binding, b) => {
        const widget = dashboard.widgets.find((candidate) => candidate.key === binding.widget);
        const report = widget ? byKey.get(widget.report) : undefined;
        if (!widget) problems.push(`${at}/filters/${f}/bindings/${b}/widget: no widget "${binding.widget}"`);
        else if (report && !datasetFields.get(report.dataset)?.includes(binding.field)) {
          problems.push(`${at}/filters/${f}/bindings/${b}/field: "${binding.field}" is not a field of the dataset "${report.dataset}"`);
        }
      });
    });
  });
  return problems;
}
