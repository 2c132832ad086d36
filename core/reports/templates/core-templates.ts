import type { DashboardTemplateDeclaration, ReportTemplateDeclaration } from '@tessera/schemas/report-template';

/**
 * The core's report templates, over the core's datasets (keys without the `core.` prefix, like a
 * module's): form submissions and the audit log.
 */
export const coreReportTemplates: readonly ReportTemplateDeclaration[] = [
  {
    key: 'submissions-by-month',
    title: { 'zh-CN': '表单提交趋势', 'en-US': 'Form submissions by month' },
    description: { 'zh-CN': '今年每月收到的表单提交数', 'en-US': 'Submissions received each month this year' },
    dataset: 'form-submissions',
    query: {
      dimensions: [{ field: 'submittedAt', grain: 'month' }],
      measures: [{ op: 'count' }],
      filters: [{ field: 'submittedAt', op: 'within', value: 'this-year' }],
      limit: 1000,
    },
    chart: { type: 'line' },
  },
  {
    key: 'submissions-by-form',
    title: { 'zh-CN': '各表单提交与审核', 'en-US': 'Submissions by form and status' },
    description: { 'zh-CN': '每个表单的提交数，按审核状态分开', 'en-US': 'Each form’s submissions, split by review status' },
    dataset: 'form-submissions',
    query: { dimensions: [{ field: 'formId' }, { field: 'status' }], measures: [{ op: 'count' }], limit: 1000 },
    chart: { type: 'bar', options: { stack: true } },
  },
  {
    key: 'audit-by-day',
    title: { 'zh-CN': '近 30 天操作量', 'en-US': 'Activity over the last 30 days' },
    description: { 'zh-CN': '审计日志中每天记录的操作数', 'en-US': 'Actions recorded in the audit log each day' },
    dataset: 'audit-log',
    query: {
      dimensions: [{ field: 'occurredAt', grain: 'day' }],
      measures: [{ op: 'count' }],
      filters: [{ field: 'occurredAt', op: 'within', value: 'last-30-days' }],
      limit: 1000,
    },
    chart: { type: 'area' },
  },
  {
    key: 'audit-by-subject',
    title: { 'zh-CN': '操作对象分布', 'en-US': 'Actions by subject' },
    description: { 'zh-CN': '本月各类记录被操作的次数，含被拒绝的尝试', 'en-US': 'This month’s actions per kind of record, refused attempts included' },
    dataset: 'audit-log',
    query: {
      dimensions: [{ field: 'subject' }, { field: 'outcome' }],
      measures: [{ op: 'count' }, { op: 'count-distinct', field: 'actorUserId' }],
      filters: [{ field: 'occurredAt', op: 'within', value: 'this-month' }],
      sort: [{ column: 'm0', direction: 'desc' }],
      limit: 50,
    },
    chart: { type: 'table' },
  },
];

export const coreDashboardTemplates: readonly DashboardTemplateDeclaration[] = [
  {
    key: 'overview',
    title: { 'zh-CN': '运营概览', 'en-US': 'Operations overview' },
    description: { 'zh-CN': '表单提交与系统操作一览', 'en-US': 'Form submissions and activity at a glance' },
    widgets: [
      { key: 'submissions', report: 'submissions-by-month', x: 0, y: 0, w: 12, h: 8 },
      { key: 'forms', report: 'submissions-by-form', x: 12, y: 0, w: 12, h: 8 },
      { key: 'activity', report: 'audit-by-day', x: 0, y: 8, w: 12, h: 8 },
      { key: 'subjects', report: 'audit-by-subject', x: 12, y: 8, w: 12, h: 8 },
    ],
    refreshSeconds: 300,
  },
];
