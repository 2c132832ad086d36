import { Space, Switch, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MessageVars } from '../../../i18n/translate.ts';
import { RunStatusTag, type RunStatus } from './run-status-tag.tsx';
import { frequencyWords, recipientLabels } from './schedule-words.ts';
import type { ReportScheduleView } from './schedules-api.ts';

/** Recipients shown in a row before "+N". */
const shownRecipients = 3;

export interface ScheduleColumnsArgs {
  t: (key: string, vars?: MessageVars) => string;
  formatDateTime: (iso: string | null | undefined) => string;
  memberName: (id: string) => string | undefined;
  lastRunStatus: (id: string) => RunStatus | null | undefined;
  /** 启用 switch; without it (no update access) the switch is read-only. */
  onToggle: ((schedule: ReportScheduleView, enabled: boolean) => void) | undefined;
  /** Schedules whose switch is being saved. */
  toggling: ReadonlySet<string>;
  actions: (schedule: ReportScheduleView) => ReactNode;
}

/** The columns of a report's schedule list: when, file, to whom, on/off, next run, last run, actions. */
export function scheduleColumns({ t, formatDateTime, memberName, lastRunStatus, onToggle, toggling, actions }: ScheduleColumnsArgs): TableColumnsType<ReportScheduleView> {
  const recipients = (schedule: ReportScheduleView) => {
    const labels = recipientLabels(schedule.recipients, memberName, t);
    const rest = labels.length - shownRecipients;
    return (
      <Space size={[4, 4]} wrap style={{ maxWidth: 320 }}>
        {labels.slice(0, shownRecipients).map((recipient) => (
          <Tag key={recipient.key} color={recipient.kind === 'member' ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
            {recipient.label}
          </Tag>
        ))}
        {rest > 0 ? <Typography.Text type="secondary">{t('reportSchedules.list.more', { count: rest })}</Typography.Text> : null}
      </Space>
    );
  };
  const lastRun = (schedule: ReportScheduleView) => {
    const status = lastRunStatus(schedule.id);
    if (status === undefined) return <Typography.Text type="secondary">-</Typography.Text>;
    if (status === null) return <Typography.Text type="secondary">{t('reportSchedules.list.never-run')}</Typography.Text>;
    return <RunStatusTag status={status} />;
  };
  return [
    { key: 'when', title: t('reportSchedules.list.when'), render: (_, schedule) => <Typography.Text strong>{frequencyWords(schedule, t)}</Typography.Text> },
    { key: 'format', title: t('reportSchedules.list.format'), render: (_, schedule) => <Tag>{t(`reportSchedules.format.${schedule.format}`)}</Tag> },
    { key: 'recipients', title: t('reportSchedules.list.recipients'), render: (_, schedule) => recipients(schedule) },
    {
      key: 'enabled',
      title: t('reportSchedules.list.enabled'),
      render: (_, schedule) => (
        <Switch
          checked={schedule.enabled}
          disabled={!onToggle}
          loading={toggling.has(schedule.id)}
          onChange={(enabled) => onToggle?.(schedule, enabled)}
          aria-label={t('reportSchedules.list.enabled')}
          data-testid="schedule-enabled-switch"
        />
      ),
    },
    {
      key: 'nextRunAt',
      title: t('reportSchedules.list.next-run'),
      render: (_, schedule) =>
        schedule.nextRunAt ? formatDateTime(schedule.nextRunAt) : <Typography.Text type="secondary">{t('reportSchedules.list.off')}</Typography.Text>,
    },
    { key: 'lastRun', title: t('reportSchedules.list.last-run'), render: (_, schedule) => lastRun(schedule) },
    { key: 'actions', title: t('common.actions'), render: (_, schedule) => actions(schedule) },
  ];
}
