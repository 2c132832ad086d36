const text = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });

export const texts = {
  empty: text('暂无通告', 'No announcements yet'),
  emptyHint: text('发布给您的通告会出现在这里', 'Announcements published to you appear here'),
  unread: text('未读', 'Unread'),
  expired: text('已过期', 'Expired'),
  publishedAt: text('发布时间', 'Published'),
  attachments: text('附件', 'Attachments'),
  back: text('返回我的通告', 'Back to my announcements'),
  gone: text('该通告不存在或已撤回', 'This announcement does not exist or was withdrawn'),
  signInNotices: text('企业公告', 'Company notices'),
};
