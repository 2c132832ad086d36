import { describe, expect, it } from 'vitest';
import { type NotificationDraft, notificationDraftProblems } from '../../core/messages/notification-draft.ts';

const good: NotificationDraft = {
  recipients: [],
  category: 'order-approved',
  title: { 'zh-CN': '订单已审核', 'en-US': 'Order approved' },
  body: { 'zh-CN': '', 'en-US': '' },
  link: '/m/orders/orders/0190a5b2-0000-7000-8000-000000000000',
  record: { subject: 'Order', id: '0190a5b2-0000-7000-8000-000000000000' },
};

describe('a notification draft', () => {
  it('is accepted when well formed', () => {
    expect(notificationDraftProblems(good)).toEqual([]);
    expect(notificationDraftProblems({ ...good, link: '/' })).toEqual([]);
  });

  it.each([
    ['//evil.example/x', 'protocol-relative'],
    ['/\\evil.example', 'backslash host'],
    ['https://evil.example', 'absolute URL'],
    ['javascript:alert(1)', 'script URL'],
    ['/a b', 'space'],
    ['/a\nb', 'line break'],
    ['', 'empty'],
  ])('refuses the link %j (%s)', (link) => {
    expect(notificationDraftProblems({ ...good, link })).toEqual([expect.stringMatching(/^link /)]);
  });

  it('names each other problem', () => {
    const problems = notificationDraftProblems({
      ...good,
      category: 'Bad Category',
      title: { 'zh-CN': '', 'en-US': 'x'.repeat(201) },
      body: { 'zh-CN': 'x'.repeat(5001), 'en-US': 'ok' },
      record: { subject: '', id: 'not-a-uuid' },
    });
    expect(problems).toEqual([
      'title.zh-CN is missing',
      'title.en-US is longer than 200 characters',
      'body.zh-CN is longer than 5000 characters',
      expect.stringMatching(/^category must match/),
      'record.subject is missing',
      'record.id must be a lower-case uuid',
    ]);
  });
});
