import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../api/list-result.ts';
import { fenToYuanText, yuanTextToFen } from '../../format/format-fen.ts';
import type { ListParamPatch } from '../../hooks/use-list-params.ts';
import { fieldOptionsOf, fieldSchemaOf, fieldTitleOf, fieldTypeOf, fieldValueOf, rangeKindOf } from './resource-fields.ts';
import { customFieldsFixture, resourceFixture } from './resource-fixture.ts';
import {
  clearFiltersPatch,
  dateRangeOf,
  dateRangePatch,
  dayRangeOf,
  dayRangePatch,
  integerRangeOf,
  integerRangePatch,
  isListFiltered,
  numberRangeOf,
  resourceFilterKeys,
  resourceRequestQuery,
} from './resource-list-params.ts';

/** The URL a patch leaves, read back the way useListParams reads it into the list query. */
function throughUrl(patch: ListParamPatch, keys: readonly string[]): ListQuery {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) params.set(key, String(value));
  const query: ListQuery = { page: 1, pageSize: 20 };
  for (const key of keys) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return query;
}

const resource = resourceFixture();
const keys = resourceFilterKeys(resource);

describe('a resource list in the URL', () => {
  it('has the search box and one parameter per eq filter, two per range filter, named as the API names them', () => {
    expect(keys).toEqual(['search', 'status', 'budgetFenFrom', 'budgetFenTo', 'createdAtFrom', 'createdAtTo']);
    expect(resourceFilterKeys({ searchable: false, filters: [] })).toEqual([]);
  });

  it('keeps money ranges in fen: yuan typed in the filter arrive in the request as fen, exactly', () => {
    const from = yuanTextToFen('100.5');
    const to = yuanTextToFen('1,999.99');
    const query = throughUrl(integerRangePatch('budgetFen', from, to), keys);
    expect(query).toMatchObject({ budgetFenFrom: '10050', budgetFenTo: '199999' });
    expect(resourceRequestQuery(query)).toEqual({ page: 1, pageSize: 20, budgetFenFrom: '10050', budgetFenTo: '199999' });
    const [fromFen, toFen] = integerRangeOf(query, 'budgetFen');
    expect([fromFen, toFen].map((fen) => (fen === undefined ? '' : fenToYuanText(fen)))).toEqual(['100.50', '1999.99']);
  });

  it('allows an open-ended range and ignores a bound that is not an integer', () => {
    const query = throughUrl(integerRangePatch('budgetFen', 500, undefined), keys);
    expect(integerRangeOf(query, 'budgetFen')).toEqual([500, undefined]);
    expect(integerRangeOf({ page: 1, pageSize: 20, budgetFenFrom: '1.5', budgetFenTo: 'x' }, 'budgetFen')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("sends a day range as the instants of the company's days, and shows them as those days again", () => {
    const patch = dayRangePatch('createdAt', ['2026-11-01', '2026-11-23'], 'Asia/Shanghai');
    expect(patch).toEqual({ createdAtFrom: '2026-10-31T16:00:00.000Z', createdAtTo: '2026-11-23T15:59:59.999Z' });
    const query = throughUrl(patch, keys);
    expect(dayRangeOf(query, 'createdAt', 'Asia/Shanghai')).toEqual(['2026-11-01', '2026-11-23']);
    expect(dayRangePatch('createdAt', undefined, 'Asia/Shanghai')).toEqual({
      createdAtFrom: undefined,
      createdAtTo: undefined,
    });
  });

  it('knows when it is filtered, and how to clear every filter', () => {
    expect(isListFiltered({ page: 1, pageSize: 20, sort: '-createdAt' }, keys)).toBe(false);
    expect(isListFiltered({ page: 1, pageSize: 20, status: 'draft' }, keys)).toBe(true);
    expect(clearFiltersPatch(keys)).toEqual(Object.fromEntries(keys.map((key) => [key, undefined])));
  });
});

describe("a resource's fields", () => {
  it('reads titles, types and enum choices from the schema', () => {
    expect(fieldTitleOf(resource, 'budgetFen')).toBe('预算');
    expect(fieldTitleOf(resource, 'unknown')).toBe('unknown');
    expect(fieldTypeOf(resource, 'budgetFen')).toBe('money');
    expect(fieldTypeOf(resource, 'unknown')).toBe('string');
    expect(fieldOptionsOf(resource, 'status')).toEqual([
      { value: 'draft', label: '草稿', raw: 'draft' },
      { value: 'published', label: '已发布', raw: 'published' },
    ]);
    expect(fieldOptionsOf(resource, 'title')).toBeUndefined();
  });
});

describe('custom fields in the list (custom.<key>)', () => {
  const custom = customFieldsFixture();
  const customKeys = resourceFilterKeys(custom);

  it('filter by the API’s own parameter names: custom.<key>, custom.<key>From and custom.<key>To', () => {
    expect(customKeys.slice(keys.length)).toEqual([
      'custom.store',
      'custom.priorityFrom',
      'custom.priorityTo',
      'custom.visitOnFrom',
      'custom.visitOnTo',
      'custom.tags',
    ]);
    const query = throughUrl({ ...integerRangePatch('custom.priority', 2, 4), 'custom.store': 'SH001' }, customKeys);
    expect(resourceRequestQuery(query)).toEqual({
      page: 1,
      pageSize: 20,
      'custom.store': 'SH001',
      'custom.priorityFrom': '2',
      'custom.priorityTo': '4',
    });
    expect(integerRangeOf(query, 'custom.priority')).toEqual([2, 4]);
  });

  it('read their schema, title and value from the `custom` object', () => {
    expect(fieldTitleOf(custom, 'custom.priority')).toBe('优先级');
    expect(fieldSchemaOf(custom, 'custom.nope')).toBeUndefined();
    expect(fieldSchemaOf(custom, 'title.nested')).toBeUndefined();
    const record = { id: 'r1', title: '通知', custom: { priority: 3, tags: ['vip'] } };
    expect(fieldValueOf(record, 'custom.priority')).toBe(3);
    expect(fieldValueOf(record, 'custom.store')).toBeUndefined();
    expect(fieldValueOf(record, 'title')).toBe('通知');
    expect(fieldValueOf({ id: 'r2' }, 'custom.priority')).toBeUndefined();
  });

  it('offer the choices of single- and multi-option fields from the expanded option set', () => {
    expect(fieldOptionsOf(custom, 'custom.level')?.map((option) => option.label)).toEqual(['A 级', 'B 级']);
    expect(fieldOptionsOf(custom, 'custom.tags')).toEqual([
      { value: 'hot', label: '热门', raw: 'hot' },
      { value: 'vip', label: '重要', raw: 'vip' },
    ]);
    expect(fieldOptionsOf(custom, 'custom.store')).toBeUndefined();
  });

  it('range by the field’s kind: company days for times, plain days for dates, fen, integers or decimals', () => {
    expect(rangeKindOf(custom, 'custom.remindAt')).toBe('time');
    expect(rangeKindOf(custom, 'custom.visitOn')).toBe('day');
    expect(rangeKindOf(custom, 'custom.deposit')).toBe('money');
    expect(rangeKindOf(custom, 'custom.priority')).toBe('integer');
    expect(rangeKindOf(custom, 'custom.ratio')).toBe('number');
    expect(rangeKindOf(resource, 'createdAt')).toBe('time');
    expect(rangeKindOf(resource, 'budgetFen')).toBe('money');
  });

  it('send a date field’s range as the days themselves, and decimals as typed', () => {
    const patch = dateRangePatch('custom.visitOn', ['2026-03-01', '2026-03-31']);
    expect(patch).toEqual({ 'custom.visitOnFrom': '2026-03-01', 'custom.visitOnTo': '2026-03-31' });
    expect(dateRangeOf(throughUrl(patch, customKeys), 'custom.visitOn')).toEqual(['2026-03-01', '2026-03-31']);
    expect(dateRangePatch('custom.visitOn', undefined)).toEqual({ 'custom.visitOnFrom': undefined, 'custom.visitOnTo': undefined });
    expect(dateRangeOf({ page: 1, pageSize: 20, 'custom.visitOnFrom': '2026-03-01' }, 'custom.visitOn')).toBeUndefined();
    const ratio = { page: 1, pageSize: 20, 'custom.ratioFrom': '0.5', 'custom.ratioTo': 'x' };
    expect(numberRangeOf(ratio, 'custom.ratio')).toEqual([0.5, undefined]);
  });
});
