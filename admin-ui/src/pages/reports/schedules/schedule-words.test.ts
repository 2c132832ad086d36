import { describe, expect, it } from 'vitest';
import enUS from '../../../locales/en-US.json';
import zhCN from '../../../locales/zh-CN.json';
import { type MessageVars, translate } from '../../../i18n/translate.ts';
import { frequencyWords, recipientLabels } from './schedule-words.ts';

const zh = (key: string, vars?: MessageVars) => translate(zhCN, key, vars);
const en = (key: string, vars?: MessageVars) => translate(enUS, key, vars);

describe('a schedule in words', () => {
  it.each([
    [{ frequency: 'daily', time: '08:00' }, '每天 08:00', 'Daily at 08:00'],
    [{ frequency: 'weekly', weekday: 1, time: '08:00' }, '每周一 08:00', 'Every Monday at 08:00'],
    [{ frequency: 'weekly', weekday: 7, time: '21:30' }, '每周日 21:30', 'Every Sunday at 21:30'],
    [{ frequency: 'monthly', dayOfMonth: 1, time: '08:00' }, '每月 1 日 08:00', 'Monthly on day 1 at 08:00'],
    [{ frequency: 'monthly', dayOfMonth: 28, time: '00:05' }, '每月 28 日 00:05', 'Monthly on day 28 at 00:05'],
  ] as const)('%o', (timing, chinese, english) => {
    expect(frequencyWords(timing, zh)).toBe(chinese);
    expect(frequencyWords(timing, en)).toBe(english);
  });

  it('names every weekday in both languages', () => {
    for (let weekday = 1; weekday <= 7; weekday++) {
      expect(frequencyWords({ frequency: 'weekly', weekday, time: '08:00' }, zh)).toMatch(/^每周[一二三四五六日] 08:00$/);
      expect(frequencyWords({ frequency: 'weekly', weekday, time: '08:00' }, en)).toMatch(/^Every [A-Z][a-z]+day at 08:00$/);
    }
  });

  it('lists members by name, then the extra addresses; an unknown member by a placeholder', () => {
    const names = new Map([['u1', '周经理']]);
    const labels = recipientLabels({ userIds: ['u1', 'u2'], emails: ['finance@example.com'] }, (id) => names.get(id), zh);
    expect(labels).toEqual([
      { key: 'u1', label: '周经理', kind: 'member' },
      { key: 'u2', label: zhCN['reportSchedules.recipients.unknown-member'], kind: 'member' },
      { key: 'finance@example.com', label: 'finance@example.com', kind: 'email' },
    ]);
    expect(labels[1]?.label).not.toBe('reportSchedules.recipients.unknown-member');
  });
});
