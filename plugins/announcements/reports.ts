import type { PluginDefinition } from '@tessera/core/sdk';

/** 通告数据: announcements as a dataset, with what was sent and what was read. */
export const announcementDatasets: NonNullable<PluginDefinition['datasets']> = [
  {
    key: 'announcements',
    title: { 'zh-CN': '通告', 'en-US': 'Announcements' },
    subject: 'Announcement',
    fields: ['status', 'pinned', 'publishedAt', 'authorId', 'recipientCount', 'readCount', 'createdAt'],
  },
];

export const announcementReportTemplates: NonNullable<PluginDefinition['reportTemplates']> = [
  {
    key: 'reads-by-month',
    title: { 'zh-CN': '通告阅读统计', 'en-US': 'Announcement reads by month' },
    description: {
      'zh-CN': '今年每月发布的通告、接收人数、已读人数与阅读率',
      'en-US': 'Announcements published each month this year: recipients, readers and read rate',
    },
    dataset: 'announcements',
    query: {
      dimensions: [{ field: 'publishedAt', grain: 'month' }],
      measures: [
        { op: 'count' },
        { op: 'sum', field: 'recipientCount' },
        { op: 'sum', field: 'readCount' },
        { op: 'ratio', field: 'readCount', over: 'recipientCount' },
      ],
      filters: [{ field: 'publishedAt', op: 'within', value: 'this-year' }],
      limit: 1000,
    },
    chart: { type: 'bar' },
  },
  {
    key: 'read-rate',
    title: { 'zh-CN': '本月阅读率', 'en-US': 'Read rate this month' },
    description: { 'zh-CN': '本月发布通告的已读人数占接收人数的比例', 'en-US': 'Readers over recipients of this month’s announcements' },
    dataset: 'announcements',
    query: {
      measures: [{ op: 'ratio', field: 'readCount', over: 'recipientCount' }],
      filters: [{ field: 'publishedAt', op: 'within', value: 'this-month' }],
      limit: 1,
    },
    chart: { type: 'gauge', options: { max: 1 } },
  },
];

export const announcementDashboardTemplates: NonNullable<PluginDefinition['dashboardTemplates']> = [
  {
    key: 'reads',
    title: { 'zh-CN': '通告阅读看板', 'en-US': 'Announcement reads' },
    widgets: [
      { key: 'rate', report: 'read-rate', x: 0, y: 0, w: 8, h: 8 },
      { key: 'monthly', report: 'reads-by-month', x: 8, y: 0, w: 16, h: 8 },
    ],
    refreshSeconds: 600,
  },
];
