import { definePlugin } from '@tessera/core/sdk';
import { Announcement } from './entities.ts';
import { announcementErrors } from './errors.ts';
import { publishDue } from './jobs.ts';
import { announcementMigrations } from './migrations.ts';
import { announcementPermissions } from './permissions.ts';
import { announcementDatasets, announcementDashboardTemplates, announcementReportTemplates } from './reports.ts';
import { announcementResource } from './resource.ts';
import feed from './routes/feed.ts';
import pinned from './routes/pinned.ts';
import readers from './routes/readers.ts';

/** 通告管理: the model plugin — a resource for the admin screens, a few routes, a job, a UI page. */
export default definePlugin({
  name: 'announcements',
  version: '1.1.0',
  core: '^0.1',
  title: { 'zh-CN': '通告管理', 'en-US': 'Announcements' },
  description: {
    'zh-CN': '向全员、角色或部门发布通告，定时发布与过期，阅读回执与统计，登录页置顶。',
    'en-US': 'Announcements to everyone, roles or departments: scheduling, expiry, read receipts and statistics, sign-in page pins.',
  },
  category: 'content',
  icon: 'NotificationOutlined',
  entities: [Announcement],
  migrations: announcementMigrations,
  permissions: announcementPermissions,
  resources: [announcementResource],
  datasets: announcementDatasets,
  reportTemplates: announcementReportTemplates,
  dashboardTemplates: announcementDashboardTemplates,
  extensionPoints: {
    'audience-kinds': {
      description: {
        'zh-CN': '更多发布范围（如区域、经销商）：{ kind, title, resolve(em, ids) → 用户编号 }',
        'en-US': 'More audience kinds (e.g. regions, dealers): { kind, title, resolve(em, ids) → user ids }',
      },
    },
  },
  jobs: { 'publish-due': publishDue },
  pricing: {
    plans: [
      { key: 'monthly', title: { 'zh-CN': '按月', 'en-US': 'Monthly' }, priceFen: 9900, currency: 'CNY', period: 'month', trialDays: 14 },
      { key: 'yearly', title: { 'zh-CN': '按年', 'en-US': 'Yearly' }, priceFen: 99000, currency: 'CNY', period: 'year', trialDays: 14 },
    ],
  },
  errors: announcementErrors,
  routes: async (app) => {
    await app.register(feed);
    await app.register(readers);
    await app.register(pinned);
  },
  ui: {
    pages: [
      { key: 'inbox', title: { 'zh-CN': '我的通告', 'en-US': 'My announcements' }, icon: 'ReadOutlined', menuOrder: 310 },
      { key: 'read', title: { 'zh-CN': '查看通告', 'en-US': 'Announcement' }, menuOrder: null },
    ],
  },
});
