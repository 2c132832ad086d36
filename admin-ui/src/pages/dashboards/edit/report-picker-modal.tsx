import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Modal, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ListResult } from '../../../api/list-result.ts';
import { listReports, type ReportSummary } from '../../reports/reports-api.ts';

const pageSize = 10;

/** 添加组件: the saved reports, searched by title; 添加 puts one on the grid. */
export function ReportPickerModal({ onPick, onClose }: { onPick: (report: ReportSummary) => void; onClose: () => void }) {
  const { t } = useI18n();
  const showProblem = useShowProblem();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<ListResult<ReportSummary> | undefined>(undefined);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let isCurrent = true;
    setLoading(true);
    listReports({ page, pageSize, search: search || undefined })
      .then((result) => {
        if (isCurrent) setData(result);
      })
      .catch((error: unknown) => {
        if (isCurrent) showProblem(error);
      })
      .finally(() => {
        if (isCurrent) setLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [page, search, showProblem]);

  return (
    <Modal open title={t('dashboards.editor.add-widget')} footer={null} onCancel={onClose} width={720} destroyOnHidden data-testid="report-picker">
      <Flex vertical gap={12}>
        <Input.Search
          allowClear
          placeholder={t('dashboards.picker.search')}
          onSearch={(value) => {
            setPage(1);
            setSearch(value.trim());
          }}
        />
        <Table<ReportSummary>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { key: 'title', title: t('dashboards.picker.report'), render: (_, report) => report.title },
            { key: 'chart', title: t('dashboards.picker.chart'), render: (_, report) => <Tag>{t(`dashboards.chart.${String(report.chart.type ?? '')}`)}</Tag> },
            {
              key: 'add',
              title: t('common.actions'),
              render: (_, report) => (
                <Button size="small" type="primary" ghost icon={<PlusOutlined />} onClick={() => onPick(report)} aria-label={t('dashboards.picker.add', { title: report.title })}>
                  {t('dashboards.picker.add-short')}
                </Button>
              ),
            },
          ]}
          locale={{
            emptyText: search ? (
              <ListEmpty title={t('common.no-match')} description={t('common.empty.filtered')} />
            ) : (
              <ListEmpty
                title={t('dashboards.picker.empty.title')}
                description={t('dashboards.picker.empty.description')}
                action={<Link to="/reports/new">{t('dashboards.picker.empty.action')}</Link>}
              />
            ),
          }}
        />
      </Flex>
    </Modal>
  );
}
