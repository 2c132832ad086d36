import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal, Progress, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ReportRunOptions } from '../reports-api.ts';
import { exportFormats } from './export-api.ts';
import { useReportExport } from './use-report-export.ts';

/** 导出 CSV / Excel / PDF of what the page shows now, with the export's progress while the file is made. */
export function ExportButtons({ reportId, options }: { reportId: string; options: ReportRunOptions }) {
  const { t } = useI18n();
  const { progress, run } = useReportExport(reportId);
  const job = progress?.job;
  return (
    <>
      <Dropdown
        trigger={['click']}
        disabled={progress !== undefined}
        menu={{
          items: exportFormats.map((format) => ({ key: format, label: t(`reports.export.${format}`) })),
          onClick: ({ key }) => {
            const format = exportFormats.find((candidate) => candidate === key);
            if (format) void run(format, options);
          },
        }}
      >
        <Button icon={<DownloadOutlined />} loading={progress !== undefined}>
          {t('reports.export.button')}
        </Button>
      </Dropdown>
      <Modal open={progress !== undefined} title={progress ? t('reports.export.title', { format: progress.format.toUpperCase() }) : null} footer={null} closable={false} mask={{ closable: false }}>
        <Progress percent={Math.round(job?.progress ?? 0)} status={job?.status === 'failed' ? 'exception' : 'active'} data-testid="export-progress" />
        <Typography.Text type="secondary">{t(job?.status === 'running' ? 'reports.export.running' : 'reports.export.queued')}</Typography.Text>
      </Modal>
    </>
  );
}
