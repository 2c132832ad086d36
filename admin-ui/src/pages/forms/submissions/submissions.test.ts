import { describe, expect, it } from 'vitest';
import { visitReport } from '../designer/designer-fixture.ts';
import { modelToSchema } from '../designer/model-to-schema.ts';
import { expandOptionSets } from '../render/expand-options.ts';
import { type CellLookups, cellText } from './cell-text.ts';
import { nextStatuses } from './review-steps.ts';
import { submissionColumnsOf, valueAt } from './submission-columns.ts';

const document = modelToSchema(visitReport);
const published = expandOptionSets(
  document.schema,
  new Map([
    ['customer-levels', [{ const: 'vip', title: '重要客户' }, { const: 'normal', title: '普通客户' }]],
    ['customer-tags', [{ const: 'a', title: '甲' }, { const: 'b', title: '乙' }]],
    ['regions', [{ const: 'east', title: '华东' }, { const: 'sh', title: '上海', 'x-parent': 'east' }]],
  ]),
);
const columns = submissionColumnsOf(published, document.uiSchema);
const column = (key: string) => {
  const found = columns.find((known) => known.path.join('.') === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};
const lookups: CellLookups = {
  timeZone: 'Asia/Shanghai',
  memberName: (id) => (id === 'u1' ? '张三' : undefined),
  departmentName: (id) => (id === 'd1' ? '销售部' : undefined),
  yes: '是',
  no: '否',
};

describe('the submissions table', () => {
  it('has a column per field in form order, section fields by their section', () => {
    expect(columns.map((known) => known.title)).toEqual([
      '门店',
      '客户等级',
      '重要客户说明',
      '标签',
      '区域',
      '客流',
      '评分',
      '销售额',
      '日期',
      '到店时间',
      '需要发票',
      '税号',
      '门头照片',
      '总结',
      '负责人',
      '部门',
      '联系人 · 姓名',
      '联系人 · 手机号',
    ]);
    expect(column('level').isTopLevel).toBe(true);
    expect(column('tags').isTopLevel).toBe(false);
    expect(column('contact.contactName').isTopLevel).toBe(false);
  });

  it.each([
    ['level', 'vip', '重要客户'],
    ['level', 'gone', 'gone'],
    ['tags', ['a', 'b'], '甲、乙'],
    ['region', 'sh', '华东 / 上海'],
    ['amount', 123456, '¥1,234.56'],
    ['amount', -5, '-¥0.05'],
    ['visitors', 12000, '12,000'],
    ['hasInvoice', true, '是'],
    ['hasInvoice', false, '否'],
    ['visitAt', '2026-12-01T02:05:00Z', '2026-12-01 10:05'],
    ['owner', 'u1', '张三'],
    ['owner', 'u9', 'u9'],
    ['team', 'd1', '销售部'],
    ['summary', '<p>本周 <b>客流</b> &amp; 销售</p>', '本周 客流 & 销售'],
    ['store', '南京西路', '南京西路'],
    ['store', undefined, ''],
  ])('shows %s = %j as %s', (key, value, text) => {
    expect(cellText(value, column(key), lookups)).toBe(text);
  });

  it('reads values at nested paths', () => {
    expect(valueAt({ contact: { contactName: '李四' } }, ['contact', 'contactName'])).toBe('李四');
    expect(valueAt({ contact: '?' }, ['contact', 'contactName'])).toBeUndefined();
  });
});

describe('review steps', () => {
  it('follows submitted → reviewed → approved / rejected', () => {
    expect(nextStatuses('submitted')).toEqual(['reviewed', 'approved', 'rejected']);
    expect(nextStatuses('reviewed')).toEqual(['approved', 'rejected']);
    expect(nextStatuses('approved')).toEqual([]);
    expect(nextStatuses('rejected')).toEqual([]);
  });
});
