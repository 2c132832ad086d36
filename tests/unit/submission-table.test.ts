import { describe, expect, it } from 'vitest';
import type { FormVersion } from '../../core/forms/form-store.ts';
import type { SubmissionRecord } from '../../core/forms/submission-store.ts';
import { submissionTable } from '../../core/forms/submission-table.ts';

const texts = {
  labels: { submittedAt: '提交时间', submitter: '提交人', version: '版本', status: '状态' },
  submitterName: (id: string) => (id === 'u' ? '张三' : id),
  statusName: (status: string) => (status === 'submitted' ? '已提交' : status),
};

const version = (schema: Record<string, unknown>): FormVersion => ({
  formId: 'f',
  version: 2,
  title: '门店巡检',
  description: '',
  schema,
  uiSchema: {},
  settings: { onePerUser: false, submitterRoles: [] },
  publishedAt: '2026-12-01T02:00:00.000Z',
});

const submission = (data: Record<string, unknown>): SubmissionRecord => ({
  id: 's',
  formId: 'f',
  version: 1,
  data,
  submitterId: 'u',
  status: 'submitted',
  submittedAt: '2026-12-01T03:00:00.000Z',
  updatedAt: '2026-12-01T03:00:00.000Z',
});

describe('the submissions export table', () => {
  it('titles conditional fields (from dependencies branches) like the others, then adds fields of older versions', () => {
    const schema = {
      type: 'object',
      properties: { store: { type: 'string', title: '门店名称' }, level: { type: 'string', title: '客户等级' } },
      dependencies: {
        level: {
          oneOf: [
            { properties: { level: { const: 'vip' }, vipNote: { type: 'string', title: '重要客户说明' } }, required: ['vipNote'] },
            { properties: { level: { not: { enum: ['vip'] } } } },
          ],
        },
        store: ['level'],
      },
    };
    const { header, rows } = submissionTable(version(schema).schema, [submission({ store: '南京西路店', level: 'vip', vipNote: '大客户', old: 1 })], texts);
    expect(header).toEqual(['提交时间', '提交人', '版本', '状态', '门店名称', '客户等级', '重要客户说明', 'old']);
    expect(rows[0]?.slice(4)).toEqual(['南京西路店', 'vip', '大客户', 1]);
  });

  it('shows choices by their labels, money in yuan, the submitter by name and the status in words', () => {
    const schema = {
      type: 'object',
      properties: {
        level: { type: 'string', title: '等级', oneOf: [{ const: 'vip', title: '重要客户' }] },
        tags: { type: 'array', title: '标签', items: { type: 'string', oneOf: [{ const: 'hot', title: '热门' }, { const: 'new', title: '新客' }] } },
        budget: { type: 'integer', title: '预算', 'x-widget': 'money' },
      },
    };
    const { rows } = submissionTable(schema, [submission({ level: 'vip', tags: ['hot', 'gone'], budget: 123456 })], texts);
    expect(rows[0]?.slice(1, 2)).toEqual(['张三']);
    expect(rows[0]?.slice(3)).toEqual(['已提交', '重要客户', '热门, gone', 1234.56]);
  });
});
