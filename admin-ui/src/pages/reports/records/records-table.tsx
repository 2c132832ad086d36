import { Empty, Table, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { type CellFormat, formatCell } from '../chart/cell-format.ts';
import type { ReportRecords, ResultColumn } from '../reports-api.ts';
import { type Paging, recordPageSizes } from './use-report-records.ts';

interface Props {
  records: ReportRecords;
  format: CellFormat;
  loading: boolean;
  /** The page asked for: it shows as current while its records load. */
  paging: Paging;
  onPage: (paging: Paging) => void;
}

interface RecordRow {
  key: number;
  cells: unknown[];
}

const numericTypes = new Set(['number', 'money', 'ratio']);
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One cell as the report tables show it; negative money in red, ids (a submitter, an actor) copyable in monospace. */
function RecordCell({ column, value, format }: { column: ResultColumn; value: unknown; format: CellFormat }) {
  const text = formatCell(column, value, format);
  if (column.type === 'money' && typeof value === 'number' && value < 0) return <Typography.Text type="danger">{text}</Typography.Text>;
  if (typeof value === 'string' && !column.labels && idPattern.test(value)) {
    return (
      <Typography.Text copyable={{ text: value }} style={{ fontFamily: 'ui-monospace, monospace', fontSize: 12 }}>
        {value}
      </Typography.Text>
    );
  }
  return <>{text}</>;
}

/** The records of one page, the columns the server chose (every field the reader may read), paged by the server. */
export function RecordsTable({ records, format, loading, paging, onPage }: Props) {
  const { t } = useI18n();
  const dataSource: RecordRow[] = records.rows.map((cells, key) => ({ key, cells }));
  return (
    <Table<RecordRow>
      size="small"
      loading={loading}
      dataSource={dataSource}
      scroll={{ x: 'max-content' }}
      columns={records.columns.map((column, index) => ({
        key: column.key,
        title: column.title,
        align: numericTypes.has(column.type) ? 'right' : 'left',
        render: (_: unknown, row: RecordRow) => <RecordCell column={column} value={row.cells[index]} format={format} />,
      }))}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: records.total,
        pageSizeOptions: recordPageSizes,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (page, pageSize) => onPage({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
      }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.records.empty')} /> }}
      data-testid="records-table"
    />
  );
}
