import { definePluginError, type PluginDefinition } from '@tessera/core/sdk';

export const AnnouncementNotEditable = definePluginError<{ status: string }>('announcements-not-editable', 409);
export const AnnouncementAudienceEmpty = definePluginError('announcements-audience-empty', 409);

export const announcementErrors: PluginDefinition['errors'] = {
  'announcements-not-editable': {
    title: { 'zh-CN': '通告不可编辑', 'en-US': 'Announcement cannot be edited' },
    detail: { 'zh-CN': '只有草稿可以编辑；这条通告的状态是 {status}。', 'en-US': 'Only drafts can be edited; this one is {status}.' },
  },
  'announcements-audience-empty': {
    title: { 'zh-CN': '未选择发布范围', 'en-US': 'No audience' },
    detail: { 'zh-CN': '请先选择发布范围（全员、角色或部门），再发布。', 'en-US': 'Choose who it is for (everyone, roles or departments) before publishing.' },
  },
};
