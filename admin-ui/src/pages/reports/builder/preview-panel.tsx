import { Alert, Card, Empty, Flex, Skeleton, Spin, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { ReportChart } from '../chart/report-chart.tsx';
import type { ReportDraft } from './report-draft.ts';
import type { Preview } from './use-preview.ts';

/** 预览: the draft drawn as it will be saved, refreshed as it changes. */
export function PreviewPanel({ preview, draft }: { preview: Preview; draft: ReportDraft }) {
  const { t } = useI18n();
  const result = 'result' in preview ? preview.result : undefined;
  return (
    <Card size="small" title={t('reports.builder.preview')} variant="borderless" extra={preview.status === 'loading' ? <Spin size="small" /> : null} data-testid="report-preview">
      <Flex vertical gap={12}>
        {preview.status === 'failed' ? (
          <Alert
            type="error"
            showIcon
            title={preview.error?.title ?? t('errors.unexpected')}
            description={preview.error?.detail && preview.error.detail !== preview.error.title ? preview.error.detail : undefined}
            data-testid="preview-problem"
          />
        ) : null}
        {preview.status === 'idle' ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.builder.preview.hint')} />
        ) : result ? (
          <>
            <ReportChart result={result} chart={draft.chart} height={320} />
            {result.truncated ? <Typography.Text type="warning">{t('reports.builder.preview.truncated', { limit: draft.limit })}</Typography.Text> : null}
          </>
        ) : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )}
      </Flex>
    </Card>
  );
}
