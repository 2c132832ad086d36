import type { DashboardTemplateDeclaration, ReportTemplateDeclaration } from '@tessera/schemas/report-template';
import { describe, expect, it } from 'vitest';
import { templateProblems } from '../../core/reports/templates/template-problems.ts';

const fields = new Map([['leads', ['stage', 'budgetFen', 'createdAt']]]);
const report = (overrides: Partial<ReportTemplateDeclaration>): ReportTemplateDeclaration => ({
  key: 'by-stage',
  title: { 'zh-CN': '按阶段', 'en-US': 'By stage' },
  dataset: 'leads',
  query: { dimensions: [{ field: 'stage' }], measures: [{ op: 'sum', field: 'budgetFen' }], limit: 1000 },
  chart: { type: 'bar' },
  ...overrides,
});
const dashboard = (overrides: Partial<DashboardTemplateDeclaration>): DashboardTemplateDeclaration => ({
  key: 'sales',
  title: { 'zh-CN': '销售', 'en-US': 'Sales' },
  widgets: [{ key: 'stages', report: 'by-stage', x: 0, y: 0, w: 12, h: 6 }],
  ...overrides,
});

describe('report template checks', () => {
  it('accept templates over the source’s own datasets and fields', () => {
    const period = { key: 'period', title: { 'zh-CN': '期间', 'en-US': 'Period' }, type: 'period' as const, bindings: [{ widget: 'stages', field: 'createdAt' }] };
    expect(templateProblems([report({})], [dashboard({ filters: [period] })], fields)).toEqual([]);
  });

  it('name every unknown dataset, field, report, widget and duplicate key with where it is', () => {
    const problems = templateProblems(
      [
        report({ dataset: 'orders' }),
        report({ key: 'ratio', query: { measures: [{ op: 'ratio', field: 'budgetFen', over: 'wonFen' }], filters: [{ field: 'owner', op: 'eq', value: 'x' }], limit: 1 } }),
        report({ key: 'ratio' }),
      ],
      [
        dashboard({
          widgets: [
            { key: 'a', report: 'missing', x: 0, y: 0, w: 6, h: 6 },
            { key: 'a', report: 'by-stage', x: 6, y: 0, w: 6, h: 6 },
          ],
          filters: [{ key: 'region', title: { 'zh-CN': '区域', 'en-US': 'Region' }, type: 'value', bindings: [{ widget: 'b', field: 'stage' }, { widget: 'a', field: 'region' }] }],
        }),
      ],
      fields,
    );
    expect(problems).toEqual([
      '/reportTemplates: the key "ratio" is used twice',
      '/reportTemplates/0/dataset: "orders" is not a dataset of this source',
      '/reportTemplates/1/query: "wonFen" is not a field of the dataset "leads"',
      '/reportTemplates/1/query: "owner" is not a field of the dataset "leads"',
      '/dashboardTemplates/0/widgets: the key "a" is used twice',
      '/dashboardTemplates/0/widgets/0/report: "missing" is not a report template of this source',
      '/dashboardTemplates/0/filters/0/bindings/0/widget: no widget "b"',
    ]);
  });
});
