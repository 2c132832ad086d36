import { definePluginError, type PluginDefinition } from '@tessera/core/sdk';

export const AnnouncementAudienceEmpty = definePluginError('announcements-audience-empty', 409);

export const announcementErrors: PluginDefinition['errors'] = {
  'announcements-audience-empty': {
    title: { 'zh-CN': '未选择发布范围', 'en-US': 'No audience' },
    detail: { 'zh-CN': '请先选择发布范围（全员、角色或部门），再发布。', 'en-US': 'Choose who it is for (everyone, roles or departments) before publishing.' },
  },
};
