import { Table } from 'antd';
import type { DatasetResult } from '../reports-api.ts';
import { type CellFormat, formatCell } from './cell-format.ts';
import type { Pivot, PivotCell } from './pivot.ts';
import { shapeOf } from './result-shape.ts';

interface Props {
  pivot: Pivot;
  result: DatasetResult;
  format: CellFormat;
  onCellClick?: (rowIndex: number) => void;
}

type PivotRow = Pivot['rows'][number];

/** The cross-table: the first dimension's values down the side, the others' across the top. */
export function PivotTable({ pivot, result, format, onCellClick }: Props) {
  const { dimensions, measures } = shapeOf(result);
  const measure = measures[0]?.column;
  const cellText = (cell: PivotCell | null) => (cell && measure ? formatCell(measure, cell.value, format) : '-');
  return (
    <Table<PivotRow>
      size="small"
      rowKey="key"
      dataSource={pivot.rows}
      scroll={{ x: 'max-content' }}
      pagination={pivot.rows.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
      columns={[
        { key: 'side', title: dimensions[0]?.column.title, fixed: 'left', render: (_: unknown, row: PivotRow) => row.label },
        ...pivot.columns.map((column, at) => ({
          key: column.key,
          title: column.label,
          align: 'right' as const,
          render: (_: unknown, row: PivotRow) => {
            const cell = row.cells[at] ?? null;
            return cell && onCellClick ? (
              <a onClick={() => onCellClick(cell.rowIndex)}>{cellText(cell)}</a>
            ) : (
              cellText(cell)
            );
          },
        })),
      ]}
      data-testid="report-pivot-table"
    />
  );
}
