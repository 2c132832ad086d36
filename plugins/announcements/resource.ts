import { contributionsTo, nowOf, type ResourceDefinition, ValidationFailedError } from '@tessera/core/sdk';
import type { FastifyRequest } from 'fastify';
import { type Audience, type AudienceKind, audienceProblems } from './audience.ts';
import { deliver } from './deliver.ts';
import { Announcement } from './entities.ts';
import { AnnouncementAudienceEmpty } from './errors.ts';
import { sanitizeBody } from './sanitize-body.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const nullableTime = { type: ['string', 'null'], format: 'date-time' };
const ids = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 64 }, maxItems: 500, uniqueItems: true };
const kindsOf = (req: FastifyRequest) => contributionsTo<AudienceKind>(req, 'audience-kinds');
const statusLabels = {
  draft: text('草稿', 'Draft'),
  scheduled: text('待发布', 'Scheduled'),
  published: text('已发布', 'Published'),
  expired: text('已过期', 'Expired'),
  withdrawn: text('已撤回', 'Withdrawn'),
};

/** 通告: written and edited as a draft, then published (now or at `publishAt`), withdrawn or expired. */
export const announcementResource: ResourceDefinition = {
  name: 'announcements',
  entity: Announcement,
  subject: 'Announcement',
  title: text('通告', 'Announcements'),
  icon: 'NotificationOutlined',
  schema: {
    required: ['title'],
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 120 },
      body: { type: 'string', maxLength: 100_000, default: '' },
      audience: {
        type: 'object',
        default: {},
        properties: { all: { type: 'boolean' }, roles: ids, departments: { ...ids, items: { type: 'string', format: 'uuid' } } },
        additionalProperties: ids,
      },
      attachments: {
        type: 'array',
        default: [],
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'url'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, url: { type: 'string', pattern: '^https?://', maxLength: 2000 } },
        },
      },
      pinned: { type: 'boolean', default: false },
      publishAt: nullableTime,
      expireAt: nullableTime,
      status: { type: 'string', enum: ['draft', 'scheduled', 'published', 'expired', 'withdrawn'], readOnly: true },
      publishedAt: { ...nullableTime, readOnly: true },
      authorId: { type: 'string', format: 'uuid' },
      recipientCount: { type: 'integer', readOnly: true },
      readCount: { type: 'integer', readOnly: true },
      createdAt: { type: 'string', format: 'date-time', readOnly: true },
    },
  },
  uiSchema: {
    'ui:order': ['title', 'body', 'audience', 'publishAt', 'expireAt', 'pinned', 'attachments', '*'],
    body: { 'ui:widget': 'richtext', 'ui:help': text('支持加粗、标题、列表和链接；粘贴的内容只保留文字', 'Bold, headings, lists and links; pasted content keeps its text only') },
    audience: {
      'ui:options': { expandable: false },
      all: { 'ui:title': text('全员', 'Everyone') },
      roles: { 'ui:widget': 'role-select', 'ui:title': text('角色', 'Roles') },
      departments: { 'ui:widget': 'department-select', 'ui:title': text('部门', 'Departments'), 'ui:help': text('包含其下级部门', 'Sub-departments included') },
    },
    pinned: { 'ui:help': text('发布后显示在本企业登录页', 'Shown on your company’s sign-in page once published') },
  },
  enumLabels: { status: statusLabels },
  list: {
    columns: ['title', 'status', 'pinned', 'publishedAt', 'recipientCount', 'readCount', 'createdAt'],
    filters: ['status', 'pinned', 'publishedAt'],
    sortable: ['title', 'publishedAt', 'readCount', 'createdAt'],
    search: ['title', 'body'],
  },
  ownerField: 'authorId',
  editableWhen: { status: ['draft'] },
  deletableWhen: { status: ['draft', 'withdrawn', 'expired'] },
  defaults: { status: 'draft', recipientCount: 0, readCount: 0 },
  hooks: {
    beforeSave: (values, { req, before }) => {
      const problems = values['audience'] ? audienceProblems(values['audience'] as Audience, kindsOf(req)) : [];
      const publishAt = (values['publishAt'] ?? before?.['publishAt']) as Date | null | undefined;
      const expireAt = (values['expireAt'] ?? before?.['expireAt']) as Date | null | undefined;
      if (publishAt && expireAt && expireAt <= publishAt) {
        problems.push({ pointer: '/body/expireAt', code: 'before-publish', message: req.locale === 'zh-CN' ? '过期时间须晚于发布时间' : 'Must be after the publishing time' });
      }
      if (problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: problems });
      return typeof values['body'] === 'string' ? { ...values, body: sanitizeBody(values['body']) } : values;
    },
  },
  actions: {
    publish: {
      title: text('发布', 'Publish'),
      access: 'publish',
      when: { status: ['draft'] },
      confirm: text('发布后将通知发布范围内的所有人，且不能再编辑。确定发布？', 'Everyone in the audience will be notified and it can no longer be edited. Publish?'),
      run: async (record, req) => {
        const announcement = record as unknown as Announcement;
        const audience = announcement.audience as Audience;
        if (!audience['all'] && !Object.values(audience).some((v) => Array.isArray(v) && v.length > 0)) throw new AnnouncementAudienceEmpty({});
        const now = nowOf(req);
        if (announcement.publishAt && announcement.publishAt > now) announcement.status = 'scheduled';
        else await deliver(req.em, req, announcement, kindsOf(req), now);
      },
    },
    withdraw: {
      title: text('撤回', 'Withdraw'),
      access: 'withdraw',
      danger: true,
      when: { status: ['scheduled', 'published'] },
      confirm: text('撤回后接收人将无法再查看此通告。确定撤回？', 'Recipients will no longer be able to open it. Withdraw?'),
      run: async (record) => {
        record['status'] = 'withdrawn';
      },
    },
  },
  menu: { order: 300 },
};
