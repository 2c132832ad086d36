import { crudActions, type PluginDefinition, subjectField } from '@tessera/core/sdk';

const field = subjectField;

export const announcementPermissions: NonNullable<PluginDefinition['permissions']> = {
  subjects: [
    {
      key: 'Announcement',
      title: { 'zh-CN': '通告', 'en-US': 'Announcements' },
      actions: [
        ...crudActions,
        { key: 'publish', title: { 'zh-CN': '发布', 'en-US': 'Publish' } },
        { key: 'withdraw', title: { 'zh-CN': '撤回', 'en-US': 'Withdraw' } },
      ],
      fields: [
        field('id', '编号', 'ID', 'uuid'),
        field('title', '标题', 'Title'),
        field('body', '正文', 'Body'),
        field('status', '状态', 'Status'),
        field('audience', '发布范围', 'Audience'),
        field('attachments', '附件', 'Attachments'),
        field('pinned', '登录页置顶', 'Pinned on sign-in page', 'boolean'),
        field('publishAt', '定时发布', 'Publish at', 'date-time'),
        field('expireAt', '过期时间', 'Expires at', 'date-time'),
        field('publishedAt', '发布时间', 'Published', 'date-time'),
        field('authorId', '发布人', 'Author', 'uuid'),
        field('recipientCount', '接收人数', 'Recipients', 'integer'),
        field('readCount', '已读人数', 'Read by', 'integer'),
        field('createdAt', '创建时间', 'Created', 'date-time'),
      ],
      rowScoped: true,
      fieldScoped: true,
      scopeFields: { owner: 'authorId' },
    },
  ],
  defaultGrants: { admin: [{ action: 'manage', subject: 'Announcement' }] },
};
