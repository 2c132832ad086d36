import type { MessageVars } from '../../../i18n/translate.ts';
import type { DatasetResult } from '../reports-api.ts';
import type { CellFormat } from './cell-format.ts';

const words: Record<string, string> = {
  'reports.value.empty': '（空）',
  'reports.value.true': '是',
  'reports.value.false': '否',
  'reports.bucket.year': '{year}年',
  'reports.bucket.quarter': '{year}年第{quarter}季度',
  'reports.bucket.month': '{year}年{month}月',
  'reports.bucket.week': '{day} 当周',
};

/** zh-CN words and Shanghai time, as a tenant in China reads a result. */
export const zhFormat: CellFormat = {
  t: (key: string, vars?: MessageVars) => (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? '')),
  timeZone: 'Asia/Shanghai',
};

const level = { 'vip': '重要客户', 'normal': '普通客户' };

/** Visits by month and customer level, counted and with their order amounts in fen. */
export const visitsByMonthAndLevel: DatasetResult = {
  columns: [
    { key: 'd0', kind: 'dimension', field: 'submittedAt', title: '提交时间', type: 'time', grain: 'month' },
    { key: 'd1', kind: 'dimension', field: 'data.level', title: '客户等级', type: 'option', labels: level },
    { key: 'm0', kind: 'measure', op: 'sum', field: 'data.amountFen', title: '求和 · 金额', type: 'money' },
  ],
  rows: [
    ['2026-01-01', 'normal', 1000],
    ['2026-01-01', 'vip', 250050],
    ['2026-02-01', 'vip', 99],
    ['2026-03-01', null, 500],
  ],
  truncated: false,
};

/** Visits by customer level: how many, and how many stores. */
export const visitsByLevel: DatasetResult = {
  columns: [
    { key: 'd0', kind: 'dimension', field: 'data.level', title: '客户等级', type: 'option', labels: level },
    { key: 'm0', kind: 'measure', op: 'count', title: '计数', type: 'number' },
    { key: 'm1', kind: 'measure', op: 'count-distinct', field: 'data.store', title: '去重计数 · 门店', type: 'number' },
  ],
  rows: [
    ['vip', 3, 2],
    ['normal', 1250, 40],
  ],
  truncated: false,
};

/** One total and nothing to group by. */
export const totalAmount: DatasetResult = {
  columns: [{ key: 'm0', kind: 'measure', op: 'sum', field: 'data.amountFen', title: '求和 · 金额', type: 'money' }],
  rows: [[123456]],
  truncated: false,
};

/** Boxes ordered over boxes targeted, by customer level: a ratio (a fraction) per group. */
export const fillRateByLevel: DatasetResult = {
  columns: [
    { key: 'd0', kind: 'dimension', field: 'data.level', title: '客户等级', type: 'option', labels: level },
    { key: 'm0', kind: 'measure', op: 'ratio', field: 'data.boxes', over: 'data.target', title: '订货箱数 / 目标箱数', type: 'ratio' },
  ],
  rows: [
    ['vip', 0.75],
    ['normal', 0.6],
  ],
  truncated: false,
};
