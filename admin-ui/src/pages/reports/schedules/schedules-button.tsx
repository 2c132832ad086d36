import { ScheduleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { SchedulesDrawer } from './schedules-drawer.tsx';

/** The report page's 定时推送 entry, for those who may read schedules: opens the report's schedules. */
export function SchedulesButton({ reportId, reportTitle }: { reportId: string; reportTitle: string }) {
  const { t } = useI18n();
  const mayRead = useAbility().can('read', 'ReportSchedule');
  const [open, setOpen] = useState(false);
  if (!mayRead) return null;
  return (
    <>
      <Button icon={<ScheduleOutlined />} onClick={() => setOpen(true)} data-testid="report-schedules">
        {t('reportSchedules.entry')}
      </Button>
      {open ? <SchedulesDrawer reportId={reportId} reportTitle={reportTitle} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
