import { Tag } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ReportScheduleRunView } from './schedules-api.ts';

/** A run's status, or `queued` for one 立即执行 asked for that has not started yet. */
export type RunStatus = ReportScheduleRunView['status'] | 'queued';

const colors: Record<RunStatus, string> = {
  queued: 'default',
  running: 'processing',
  delivered: 'success',
  'partly-delivered': 'warning',
  failed: 'error',
};

export function RunStatusTag({ status }: { status: RunStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} data-testid="schedule-run-status" style={{ marginInlineEnd: 0 }}>
      {t(`reportSchedules.run.status.${status}`)}
    </Tag>
  );
}
