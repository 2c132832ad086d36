import type { DashboardTemplateDeclaration, ReportTemplateDeclaration } from '@tessera/schemas/report-template';
import type { PluginDefinition } from '../../plugin-runtime/plugin-definition.ts';
import { coreDashboardTemplates, coreReportTemplates } from './core-templates.ts';

/** A report template under its full key (`<source>.<key>`), over its dataset's full key. */
export interface ReportTemplateEntry {
  key: string;
  source: string;
  dataset: string;
  declaration: ReportTemplateDeclaration;
}

/** A dashboard template under its full key, with its widgets' report templates. */
export interface DashboardTemplateEntry {
  key: string;
  source: string;
  declaration: DashboardTemplateDeclaration;
  reports: ReadonlyMap<string, ReportTemplateEntry>;
}

interface TemplateSource {
  source: string;
  reports: readonly ReportTemplateDeclaration[];
  dashboards: readonly DashboardTemplateDeclaration[];
}

const sourcesOf = (plugins: readonly PluginDefinition[]): TemplateSource[] => [
  { source: 'core', reports: coreReportTemplates, dashboards: coreDashboardTemplates },
  ...plugins.map((plugin) => ({ source: plugin.name, reports: plugin.reportTemplates ?? [], dashboards: plugin.dashboardTemplates ?? [] })),
];

const reportEntries = ({ source, reports }: TemplateSource): ReportTemplateEntry[] =>
  reports.map((declaration) => ({ key: `${source}.${declaration.key}`, source, dataset: `${source}.${declaration.dataset}`, declaration }));

/** The core's report templates and those of the given plugins, in that order. */
export function reportTemplateEntries(plugins: readonly PluginDefinition[]): ReportTemplateEntry[] {
  return sourcesOf(plugins).flatMap(reportEntries);
}

/** The dashboard templates whose widgets all name report templates of their own source (start-up checks that they do). */
export function dashboardTemplateEntries(plugins: readonly PluginDefinition[]): DashboardTemplateEntry[] {
  return sourcesOf(plugins).flatMap((source) => {
    const reports = new Map(reportEntries(source).map((entry) => [entry.declaration.key, entry]));
    return source.dashboards
      .filter((declaration) => declaration.widgets.every((widget) => reports.has(widget.report)))
      .map((declaration) => ({ key: `${source.source}.${declaration.key}`, source: source.source, declaration, reports }));
  });
}
