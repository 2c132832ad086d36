import { describe, expect, it } from 'vitest';
import type { DashboardFilter, DashboardRun } from '../../../api/dashboards-api.ts';
import { valueInputOf } from './filter-choices.ts';

const dashboard: DashboardRun['dashboard'] = {
  id: '0190a0c0-0000-7000-8000-000000000009',
  title: '销售看板',
  description: '',
  widgets: [],
  filters: [],
  refreshSeconds: 0,
  defaultForRoles: [],
  createdBy: '0190a0c0-0000-7000-8000-000000000008',
  createdAt: '2026-11-23T00:00:00Z',
  updatedAt: '2026-11-23T00:00:00Z',
};
const run = (widgets: DashboardRun['widgets']): DashboardRun => ({ dashboard, widgets });
const filter = (field: string): DashboardFilter => ({ key: 'f1', title: '筛选', type: 'value', bindings: [{ widget: 'w1', field }] });
const result = (column: object, rows: unknown[][]) => ({
  columns: [{ key: 'd0', kind: 'dimension' as const, title: '维度', type: 'string', ...column }, { key: 'm0', kind: 'measure' as const, title: '数量', type: 'number' }],
  rows,
  truncated: false,
});

describe('the value a shared filter asks for', () => {
  it('offers an option field’s labels', () => {
    const widgets = [{ key: 'w1', result: result({ field: 'data.level', type: 'option', labels: { vip: '重要客户', normal: '普通客户' } }, [['vip', 3]]) }];
    expect(valueInputOf(filter('data.level'), run(widgets))).toEqual({
      kind: 'choices',
      choices: [{ value: 'vip', label: '重要客户' }, { value: 'normal', label: '普通客户' }],
    });
  });

  it('offers the values a grouped text field shows', () => {
    const widgets = [{ key: 'w1', result: result({ field: 'data.store' }, [['南京西路店', 3], [null, 1], ['人民广场店', 2]]) }];
    expect(valueInputOf(filter('data.store'), run(widgets))).toEqual({
      kind: 'choices',
      choices: [{ value: '南京西路店', label: '南京西路店' }, { value: '人民广场店', label: '人民广场店' }],
    });
  });

  it('asks for a number or free text when no widget groups by the field', () => {
    const amount = [{ key: 'w1', result: result({ field: 'data.amount', type: 'number' }, []) }];
    expect(valueInputOf(filter('data.amount'), run(amount))).toEqual({ kind: 'number' });
    const unavailable = [{ key: 'w1', problem: { code: 'report-missing', title: '报表已删除' } }];
    expect(valueInputOf(filter('data.store'), run(unavailable))).toEqual({ kind: 'text' });
  });
});
