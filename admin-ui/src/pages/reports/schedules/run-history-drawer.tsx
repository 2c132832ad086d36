import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Skeleton, Table, Typography } from 'antd';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { useDateTime } from '../../../format/use-date-time.ts';
import { pageSizeOptions } from '../../../hooks/use-list-params.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { RunStatusTag } from './run-status-tag.tsx';
import { fileDownloadPath, type ReportScheduleRunView } from './schedules-api.ts';
import { useScheduleRuns } from './use-schedule-runs.ts';

/** 运行记录: each run of a schedule with its status, times, tries, file, messages and mails, newest first. */
export function RunHistoryDrawer({
  scheduleId,
  title,
  awaitedRunId,
  onClose,
}: {
  scheduleId: string;
  /** The schedule in words, e.g. 每周一 08:00. */
  title: string;
  /** The run 立即执行 just asked for, awaited until it shows. */
  awaitedRunId: string | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const formatDateTime = useDateTime();
  const runs = useScheduleRuns(scheduleId, awaitedRunId);

  const mails = (run: ReportScheduleRunView) => {
    const { sent, failed, pending } = run.mails;
    if (sent + failed + pending === 0) return <Typography.Text type="secondary">{t('reportSchedules.run.mails.none')}</Typography.Text>;
    return (
      <Typography.Text type={failed > 0 ? 'danger' : undefined}>
        {t('reportSchedules.run.mails.counts', { sent, failed, pending })}
      </Typography.Text>
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('reportSchedules.runs.title', { schedule: title })}
      size={1000}
      destroyOnHidden
      extra={
        <Button icon={<ReloadOutlined />} onClick={runs.reload} loading={runs.loading && runs.data !== undefined}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        {runs.isAwaiting ? <Alert type="info" showIcon title={t('reportSchedules.runs.awaiting')} data-testid="schedule-run-awaiting" /> : null}
        {runs.data === undefined ? (
          <Skeleton active paragraph={{ rows: 5 }} />
        ) : (
          <Table<ReportScheduleRunView>
            rowKey="id"
            size="small"
            dataSource={runs.data.items}
            loading={runs.loading}
            scroll={{ x: 'max-content' }}
            data-testid="schedule-runs-table"
            pagination={{
              current: runs.page.page,
              pageSize: runs.page.pageSize,
              total: runs.data.total,
              pageSizeOptions,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => runs.setPage((current) => (pageSize !== current.pageSize ? { page: 1, pageSize } : { page, pageSize })),
            }}
            columns={[
              { key: 'status', title: t('reportSchedules.run.status'), render: (_, run) => <RunStatusTag status={run.status} /> },
              { key: 'scheduledFor', title: t('reportSchedules.run.scheduled-for'), render: (_, run) => formatDateTime(run.scheduledFor) },
              { key: 'startedAt', title: t('reportSchedules.run.started-at'), render: (_, run) => formatDateTime(run.startedAt) },
              { key: 'finishedAt', title: t('reportSchedules.run.finished-at'), render: (_, run) => formatDateTime(run.finishedAt) },
              { key: 'attempts', title: t('reportSchedules.run.attempts'), align: 'right', render: (_, run) => run.attempts },
              {
                key: 'file',
                title: t('reportSchedules.run.file'),
                render: (_, run) =>
                  run.fileId ? (
                    <a href={fileDownloadPath(run.fileId)} download data-testid="schedule-run-file">
                      <DownloadOutlined /> {t('reportSchedules.run.download')}
                    </a>
                  ) : (
                    '-'
                  ),
              },
              { key: 'messages', title: t('reportSchedules.run.messages'), align: 'right', render: (_, run) => run.messages },
              { key: 'mails', title: t('reportSchedules.run.mails'), render: (_, run) => mails(run) },
              {
                key: 'problem',
                title: t('reportSchedules.run.problem'),
                render: (_, run) =>
                  run.problem ? (
                    <Typography.Text type="danger" style={{ maxWidth: 280 }} ellipsis={{ tooltip: `${run.problem.title}${t('common.colon')}${run.problem.detail}` }}>
                      {run.problem.title}
                    </Typography.Text>
                  ) : (
                    '-'
                  ),
              },
            ]}
            locale={{ emptyText: <ListEmpty title={t('reportSchedules.runs.empty.title')} description={t('reportSchedules.runs.empty.description')} /> }}
          />
        )}
      </Flex>
    </Drawer>
  );
}
