import { Table } from 'antd';
import type { DatasetResult } from '../reports-api.ts';
import { type CellFormat, formatCell } from './cell-format.ts';

interface Props {
  result: DatasetResult;
  format: CellFormat;
  onRowClick?: (row: unknown[]) => void;
}

interface TableRow {
  key: number;
  cells: unknown[];
}

/** The result's rows as a table: dimensions as text, measures right-aligned in their formats. */
export function ResultTable({ result, format, onRowClick }: Props) {
  const dataSource: TableRow[] = result.rows.map((cells, key) => ({ key, cells }));
  return (
    <Table<TableRow>
      size="small"
      dataSource={dataSource}
      scroll={{ x: 'max-content' }}
      pagination={result.rows.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
      columns={result.columns.map((column, index) => ({
        key: column.key,
        title: column.title,
        align: column.kind === 'measure' ? 'right' : 'left',
        render: (_: unknown, row: TableRow) => formatCell(column, row.cells[index], format),
      }))}
      onRow={(row) => ({ onClick: onRowClick ? () => onRowClick(row.cells) : undefined, style: onRowClick ? { cursor: 'pointer' } : undefined })}
      data-testid="report-result-table"
    />
  );
}
