import type { DatasetFilter } from '@tessera/schemas/dataset';
import { Alert, Button, Drawer, Flex, Grid, Skeleton, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useCellFormat } from '../chart/use-cell-format.ts';
import { RecordsTable } from './records-table.tsx';
import { useReportRecords } from './use-report-records.ts';

export interface RecordsScope {
  reportId: string;
  reportTitle: string;
  /** Added to the report's own: the drill-down's clicked values, a dashboard's shared filters. */
  filters: readonly DatasetFilter[];
  /** Where the records are from, as the breadcrumb says it: 全部 › 重要客户. */
  path: readonly string[];
}

/** 查看明细: the rows behind the numbers in view, with the reader's access, a page at a time. */
export function RecordsDrawer({ scope, onClose }: { scope: RecordsScope; onClose: () => void }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const format = useCellFormat();
  const { state, paging, setPaging, retry } = useReportRecords(scope.reportId, scope.filters);
  const { records } = state;
  return (
    <Drawer open size={screens.lg ? 960 : '100%'} title={t('reports.records.title', { report: scope.reportTitle })} onClose={onClose} destroyOnHidden data-testid="records-drawer">
      <Flex vertical gap={12}>
        {scope.path.length > 0 ? (
          <Typography.Text type="secondary" data-testid="records-path">
            {t('reports.records.path', { path: scope.path.join(' › ') })}
          </Typography.Text>
        ) : null}
        {state.status === 'failed' ? (
          <Alert
            type="error"
            showIcon
            title={state.error?.title ?? t('errors.unexpected')}
            description={state.error?.detail && state.error.detail !== state.error.title ? state.error.detail : undefined}
            action={<Button size="small" onClick={retry}>{t('reports.records.retry')}</Button>}
            data-testid="records-problem"
          />
        ) : null}
        {records ? (
          <RecordsTable records={records} format={format} loading={state.status === 'loading'} paging={paging} onPage={setPaging} />
        ) : state.status === 'loading' ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : null}
      </Flex>
    </Drawer>
  );
}
