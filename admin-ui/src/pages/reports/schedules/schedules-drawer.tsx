import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { useDateTime } from '../../../format/use-date-time.ts';
import { pageSizeOptions } from '../../../hooks/use-list-params.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { RunHistoryDrawer } from './run-history-drawer.tsx';
import { scheduleColumns } from './schedule-columns.tsx';
import { ScheduleFormDrawer } from './schedule-form-drawer.tsx';
import { ScheduleRowActions } from './schedule-row-actions.tsx';
import { frequencyWords } from './schedule-words.ts';
import { deleteSchedule, type ReportScheduleView, runScheduleNow, updateSchedule } from './schedules-api.ts';
import { useCompanyMembers } from './use-company-members.ts';
import { useScheduleList } from './use-schedule-list.ts';

/** 定时推送 of one report: its schedules with their actions, the form, and each one's 运行记录. */
export function SchedulesDrawer({ reportId, reportTitle, onClose }: { reportId: string; reportTitle: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { tenant } = useSession();
  const ability = useAbility();
  const showProblem = useShowProblem();
  const formatDateTime = useDateTime();
  const members = useCompanyMembers();
  const list = useScheduleList(reportId);
  const [editing, setEditing] = useState<{ schedule: ReportScheduleView | undefined } | undefined>(undefined);
  const [history, setHistory] = useState<ReportScheduleView | undefined>(undefined);
  const [toggling, setToggling] = useState<ReadonlySet<string>>(new Set());
  const mayCreate = ability.can('create', 'ReportSchedule');
  const mayUpdate = ability.can('update', 'ReportSchedule');
  const mayDelete = ability.can('delete', 'ReportSchedule');

  const toggle = async (schedule: ReportScheduleView, enabled: boolean) => {
    setToggling((current) => new Set([...current, schedule.id]));
    try {
      list.replace(await updateSchedule(schedule.id, { enabled }));
      void message.success(t(enabled ? 'reportSchedules.list.enabled.on' : 'reportSchedules.list.enabled.off'));
    } catch (error) {
      showProblem(error);
    } finally {
      setToggling((current) => new Set([...current].filter((id) => id !== schedule.id)));
    }
  };

  const runNow = async (schedule: ReportScheduleView) => {
    try {
      const { runId } = await runScheduleNow(schedule.id);
      list.markQueued(schedule.id, runId);
      void message.success(t('reportSchedules.run-now.queued'));
    } catch (error) {
      showProblem(error);
    }
  };

  const remove = async (schedule: ReportScheduleView) => {
    try {
      await deleteSchedule(schedule.id);
      void message.success(t('reportSchedules.delete.done'));
      list.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  const create = mayCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ schedule: undefined })} data-testid="schedule-new">
      {t('reportSchedules.new')}
    </Button>
  ) : null;

  const columns = scheduleColumns({
    t,
    formatDateTime,
    memberName: members.memberName,
    lastRunStatus: list.lastRunStatus,
    onToggle: mayUpdate ? (schedule, enabled) => void toggle(schedule, enabled) : undefined,
    toggling,
    actions: (schedule) => (
      <ScheduleRowActions
        onEdit={mayUpdate ? () => setEditing({ schedule }) : undefined}
        onRunNow={mayUpdate ? () => runNow(schedule) : undefined}
        onHistory={() => setHistory(schedule)}
        onDelete={mayDelete ? () => remove(schedule) : undefined}
      />
    ),
  });

  return (
    <Drawer open onClose={onClose} title={t('reportSchedules.title', { title: reportTitle })} size={1120} extra={create}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('reportSchedules.intro', { timeZone: tenant.timeZone })}
        </Typography.Paragraph>
        {list.data === undefined ? (
          <Skeleton active paragraph={{ rows: 5 }} />
        ) : (
          <Table<ReportScheduleView>
            rowKey="id"
            dataSource={list.data.items}
            loading={list.loading}
            columns={columns}
            scroll={{ x: 'max-content' }}
            data-testid="schedules-table"
            pagination={{
              current: list.page.page,
              pageSize: list.page.pageSize,
              total: list.data.total,
              pageSizeOptions,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => list.setPage((current) => (pageSize !== current.pageSize ? { page: 1, pageSize } : { page, pageSize })),
            }}
            locale={{ emptyText: <ListEmpty title={t('reportSchedules.empty.title')} description={t('reportSchedules.empty.description')} action={create} /> }}
          />
        )}
      </Flex>
      {editing ? (
        <ScheduleFormDrawer
          reportId={reportId}
          schedule={editing.schedule}
          members={members.choices}
          membersLoading={members.isLoading}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            list.reload();
          }}
        />
      ) : null}
      {history ? (
        <RunHistoryDrawer
          scheduleId={history.id}
          title={frequencyWords(history, t)}
          awaitedRunId={list.awaitedRun(history.id)}
          onClose={() => {
            setHistory(undefined);
            list.reload();
          }}
        />
      ) : null}
    </Drawer>
  );
}
