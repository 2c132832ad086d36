import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Skeleton, Table } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../access/use-ability.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { RowActions } from '../../components/row-actions.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ChartTypeTag } from './chart-type-tag.tsx';
import { editReportPath, newReportPath, reportPath } from './report-paths.ts';
import { type ReportSummary, deleteReport, listReports } from './reports-api.ts';
import { ReportTemplateButton } from './templates/report-template-button.tsx';
import { useDatasets } from './use-datasets.ts';

const filterKeys = ['search', 'dataset'] as const;

/** 报表: saved reports, newest change first (the order the API lists them in), searchable by title and dataset. */
export default function ReportsListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ability = useAbility();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const formatDateTime = useDateTime();
  const datasets = useDatasets();
  const list = useServerList<ReportSummary>({ load: listReports, filterKeys });
  useDocumentTitle(t('reports.menu.reports'));
  const search = typeof list.query.search === 'string' ? list.query.search : '';
  const dataset = typeof list.query.dataset === 'string' ? list.query.dataset : undefined;
  const datasetTitles = useMemo(() => new Map((datasets ?? []).map((item) => [item.key, item.title])), [datasets]);
  const mayEdit = ability.can('update', 'Report');
  const mayDelete = ability.can('delete', 'Report');

  const create = ability.can('create', 'Report') ? (
    <Flex gap={8} wrap justify="center">
      <ReportTemplateButton />
      <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newReportPath)}>
        {t('reports.list.new')}
      </Button>
    </Flex>
  ) : null;

  const remove = async (report: ReportSummary) => {
    try {
      await deleteReport(report.id);
      void message.success(t('reports.list.deleted'));
      list.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  const actions = (report: ReportSummary) => (
    <RowActions
      editTo={mayEdit ? editReportPath(report.id) : undefined}
      remove={
        mayDelete
          ? { title: t('reports.list.delete.confirm', { title: report.title }), detail: t('reports.list.delete.detail'), onConfirm: () => remove(report) }
          : undefined
      }
    />
  );

  return (
    <>
      <PageTitle title={t('reports.menu.reports')} extra={create} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <Input.Search
              key={search}
              defaultValue={search}
              allowClear
              placeholder={t('reports.list.search')}
              onSearch={(value) => list.update({ search: value.trim() || undefined })}
              style={{ width: 280, maxWidth: '100%' }}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={dataset}
              loading={datasets === undefined}
              placeholder={t('reports.list.dataset')}
              options={(datasets ?? []).map((item) => ({ value: item.key, label: item.title }))}
              onChange={(value: string | undefined) => list.update({ dataset: value })}
              style={{ width: 240, maxWidth: '100%' }}
              data-testid="reports-dataset-filter"
            />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<ReportSummary>
              {...list.tableProps}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'title', title: t('reports.list.title'), render: (_, report) => <Link to={reportPath(report.id)}>{report.title}</Link> },
                { key: 'dataset', title: t('reports.list.dataset'), render: (_, report) => datasetTitles.get(report.dataset) ?? report.dataset },
                { key: 'chart', title: t('reports.list.chart'), render: (_, report) => <ChartTypeTag type={String(report.chart.type ?? '')} /> },
                { key: 'updatedAt', title: t('reports.list.updated-at'), render: (_, report) => formatDateTime(report.updatedAt) },
                ...(mayEdit || mayDelete ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, report: ReportSummary) => actions(report) }] : []),
              ]}
              onRow={(report) => ({ onDoubleClick: () => void navigate(reportPath(report.id)) })}
              locale={{
                emptyText:
                  search || dataset ? (
                    <ListEmpty title={t('common.no-match')} description={t('common.empty.filtered')} />
                  ) : (
                    <ListEmpty title={t('reports.list.empty.title')} description={t('reports.list.empty.description')} action={create} />
                  ),
              }}
              data-testid="reports-table"
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
