import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import type { DatasetField, ReportView } from '../reports-api.ts';
import { filterOpsFor, measureOpsFor } from './field-rules.ts';
import { problemSlots, slotOf } from './problem-slots.ts';
import {
  addDimension,
  addFilter,
  addMeasure,
  draftOfReport,
  emptyDraft,
  queryOf,
  removeAt,
  replaceAt,
  reportBodyOf,
  withDataset,
  withMeasureOp,
} from './report-draft.ts';

const level: DatasetField = { key: 'data.level', title: '客户等级', type: 'option', labels: { vip: '重要客户' } };
const amount: DatasetField = { key: 'data.amountFen', title: '金额', type: 'money' };
const submittedAt: DatasetField = { key: 'submittedAt', title: '提交时间', type: 'time' };
const store: DatasetField = { key: 'data.store', title: '门店', type: 'string' };
const target: DatasetField = { key: 'data.targetFen', title: '目标金额', type: 'money' };
const boxes: DatasetField = { key: 'data.boxes', title: '箱数', type: 'number' };
const started = withDataset(emptyDraft, 'form.visits');

describe('report builder draft', () => {
  it('runs nothing until it has a dataset and a measure', () => {
    expect(queryOf(emptyDraft)).toBeUndefined();
    expect(queryOf(addDimension(started, level))).toBeUndefined();
  });

  it('groups times by month, sums amounts, counts other fields, and sends only finished filters', () => {
    let draft = addDimension(addDimension(started, submittedAt), level);
    draft = addMeasure(addMeasure(draft, amount), store);
    draft = addFilter(addFilter(draft, submittedAt), level);
    draft = replaceAt(draft, 'filters', 0, { field: 'submittedAt', op: 'within', value: 'this-year' });
    expect(queryOf(draft)).toEqual({
      dimensions: [{ field: 'submittedAt', grain: 'month' }, { field: 'data.level' }],
      measures: [
        { op: 'sum', field: 'data.amountFen' },
        { op: 'count', field: 'data.store' },
      ],
      filters: [{ field: 'submittedAt', op: 'within', value: 'this-year' }],
      limit: 1000,
    });
  });

  it('takes at most three dimensions and forgets a sort when columns are renumbered', () => {
    let draft = started;
    for (const field of [level, store, submittedAt, amount]) draft = addDimension(draft, field);
    expect(draft.dimensions).toHaveLength(3);
    draft = { ...addMeasure(draft, undefined), sort: { column: 'm0', direction: 'desc' } };
    expect(queryOf(draft)?.sort).toEqual([{ column: 'm0', direction: 'desc' }]);
    expect(removeAt(draft, 'dimensions', 0).sort).toBeUndefined();
  });

  it('starts the query over on another dataset but keeps title and chart', () => {
    const draft = { ...addMeasure(started, undefined), title: '拜访统计', chart: { type: 'pie' as const, options: {} } };
    const other = withDataset(draft, 'form.orders');
    expect(other).toMatchObject({ dataset: 'form.orders', title: '拜访统计', measures: [], chart: { type: 'pie' } });
  });

  it('reads a saved report back as the draft that saves it again', () => {
    const body = reportBodyOf({ ...addMeasure(addDimension(started, submittedAt), amount), title: ' 月度金额 ', chart: { type: 'line', options: { stack: true } } });
    expect(body?.title).toBe('月度金额');
    const view = { id: 'r1', createdBy: 'u1', createdAt: '', updatedAt: '', description: '', ...body } as ReportView;
    expect(reportBodyOf(draftOfReport(view))).toEqual(body);
  });

  it('divides a ratio by another number or money field, and forgets the divisor on another way of summarizing', () => {
    const fields = [level, amount, submittedAt, target, boxes];
    const summed = addMeasure(addDimension(started, level), amount);
    const measure = summed.measures[0] ?? { op: 'count' as const };
    const ratio = withMeasureOp(measure, 'ratio', fields);
    expect(ratio).toEqual({ op: 'ratio', field: 'data.amountFen', over: 'data.targetFen' });
    expect(withMeasureOp({ ...ratio, over: 'data.boxes' }, 'ratio', fields).over).toBe('data.boxes');
    // the last number of its dataset: the nearest one before it
    expect(withMeasureOp({ op: 'sum', field: 'data.boxes' }, 'ratio', fields).over).toBe('data.targetFen');
    expect(withMeasureOp(ratio, 'avg', fields)).toEqual({ op: 'avg', field: 'data.amountFen' });
    // the only number of its dataset: nothing to offer, the person picks (and the server says what is missing)
    expect(withMeasureOp({ op: 'sum', field: 'data.boxes' }, 'ratio', [level, boxes])).toEqual({ op: 'ratio', field: 'data.boxes' });

    const draft = replaceAt(summed, 'measures', 0, ratio);
    expect(queryOf(draft)).toEqual({
      dimensions: [{ field: 'data.level' }],
      measures: [{ op: 'ratio', field: 'data.amountFen', over: 'data.targetFen' }],
      limit: 1000,
    });
    const body = reportBodyOf({ ...draft, title: '完成率' });
    const view = { id: 'r1', createdBy: 'u1', createdAt: '', updatedAt: '', description: '', ...body } as ReportView;
    expect(draftOfReport(view).measures).toEqual([{ op: 'ratio', field: 'data.amountFen', over: 'data.targetFen' }]);
    expect(reportBodyOf(draftOfReport(view))).toEqual(body);
  });

  it('reads a divisor back only for a ratio', () => {
    const saved = { title: 't', description: '', dataset: 'form.visits', chart: { type: 'table' } };
    const query = { measures: [{ op: 'sum', field: 'data.amountFen', over: 'data.targetFen' }] };
    const view = { id: 'r1', createdBy: 'u1', createdAt: '', updatedAt: '', ...saved, query } as ReportView;
    expect(draftOfReport(view).measures).toEqual([{ op: 'sum', field: 'data.amountFen' }]);
  });

  it('offers only what the query engine allows on each field type', () => {
    expect(measureOpsFor('option')).toEqual(['count', 'count-distinct']);
    expect(measureOpsFor('money')).toEqual(['count', 'count-distinct', 'sum', 'avg', 'min', 'max', 'ratio']);
    expect(measureOpsFor('number')).toContain('ratio');
    expect(measureOpsFor('time')).toEqual(['count', 'count-distinct', 'min', 'max']);
    expect(filterOpsFor('option')).toEqual(['eq', 'ne', 'in']);
    expect(filterOpsFor('date')).toEqual(['eq', 'ne', 'in', 'gte', 'lte', 'within']);
    expect(filterOpsFor('boolean')).toEqual(['eq', 'ne']);
  });
});

describe('problems on the control they are about', () => {
  it.each([
    ['/body/dimensions/0/field', 'dimensions.0'],
    ['/body/query/measures/1/op', 'measures.1'],
    ['/body/query/filters/2/value', 'filters.2'],
    ['/body/query/sort/0/column', 'sort.0'],
    ['/body/title', 'title'],
    ['/body/dataset', 'dataset'],
    ['/body/query/limit', 'limit'],
  ])('%s belongs to %s', (pointer, slot) => {
    expect(slotOf(pointer)).toBe(slot);
  });

  it('gathers the messages of one control', () => {
    const error = new ApiError({
      code: 'validation-failed',
      title: '请求不合法',
      status: 400,
      errors: [
        { pointer: '/body/measures/0/op', code: 'measure-not-applicable', message: '不能对「门店」求和' },
        { pointer: '/body/measures/0/field', code: 'unknown-field', message: '没有这个字段' },
      ],
    });
    expect(problemSlots(error)).toEqual({ 'measures.0': ['不能对「门店」求和', '没有这个字段'] });
  });
});
