import { describe, expect, it } from 'vitest';
import type { DashboardFilter, DatasetField } from '../../../api/dashboards-api.ts';
import { bindableFields, bindFilter, boundField, nextFilterKey, retypeFilter, runFilters, unbindWidget, widgetFilters } from './filter-binding.ts';

const fields: DatasetField[] = [
  { key: 'submittedAt', title: '提交时间', type: 'time' },
  { key: 'data.visitDate', title: '拜访日期', type: 'date' },
  { key: 'data.region', title: '区域', type: 'option', labels: { east: '华东' } },
  { key: 'data.amount', title: '金额', type: 'number' },
];
const period: DashboardFilter = { key: 'f1', title: '时间', type: 'period', bindings: [{ widget: 'w1', field: 'submittedAt' }] };
const region: DashboardFilter = { key: 'f2', title: '区域', type: 'value', bindings: [{ widget: 'w1', field: 'data.region' }, { widget: 'w2', field: 'custom.region' }] };

describe('binding a shared filter to the widgets’ fields', () => {
  it('offers only times and dates to a period filter, every field to a value filter', () => {
    expect(bindableFields('period', fields).map((field) => field.key)).toEqual(['submittedAt', 'data.visitDate']);
    expect(bindableFields('value', fields)).toHaveLength(4);
  });

  it('binds, rebinds and unbinds one widget without touching the others', () => {
    const onW2 = bindFilter(period, 'w2', 'data.visitDate');
    expect(onW2.bindings).toEqual([{ widget: 'w1', field: 'submittedAt' }, { widget: 'w2', field: 'data.visitDate' }]);
    expect(boundField(onW2, 'w2')).toBe('data.visitDate');
    expect(bindFilter(onW2, 'w1', 'data.visitDate').bindings[0]).toEqual({ widget: 'w1', field: 'data.visitDate' });
    expect(bindFilter(onW2, 'w1', undefined).bindings).toEqual([{ widget: 'w2', field: 'data.visitDate' }]);
    expect(period.bindings).toHaveLength(1);
  });

  it('drops a removed widget’s bindings from every filter', () => {
    expect(unbindWidget([period, region], 'w1').map((filter) => filter.bindings)).toEqual([[], [{ widget: 'w2', field: 'custom.region' }]]);
  });

  it('keeps only bindings the new type can take when a filter changes type', () => {
    const retyped = retypeFilter(region, 'period', (widget) => (widget === 'w1' ? fields : undefined));
    expect(retyped.type).toBe('period');
    // the region is no time; w2's fields are not known yet, so its binding is left for the server to judge
    expect(retyped.bindings).toEqual([{ widget: 'w2', field: 'custom.region' }]);
  });

  it('names new filters with a key not in use', () => {
    expect(nextFilterKey([])).toBe('f1');
    expect(nextFilterKey([period, region])).toBe('f3');
  });
});

describe('the shared filters’ values on a run', () => {
  it('sends only filters with a value', () => {
    expect(runFilters([period, region], { f1: 'this-month', f2: '' })).toEqual({ f1: 'this-month' });
    expect(runFilters([period, region], { f2: [], gone: 'x' })).toEqual({});
    expect(runFilters([period, region], { f2: ['east', 'west'] })).toEqual({ f2: ['east', 'west'] });
  });

  it('become conditions on each widget’s bound field, as the server applies them', () => {
    const dashboard = { filters: [period, region] };
    expect(widgetFilters(dashboard, 'w1', { f1: 'last-month', f2: 'east' })).toEqual([
      { field: 'submittedAt', op: 'within', value: 'last-month' },
      { field: 'data.region', op: 'eq', value: 'east' },
    ]);
    expect(widgetFilters(dashboard, 'w2', { f1: 'last-month', f2: ['east', 'west'] })).toEqual([
      { field: 'custom.region', op: 'in', value: ['east', 'west'] },
    ]);
    expect(widgetFilters(dashboard, 'w3', { f1: 'today' })).toEqual([]);
  });
});
