import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DatasetResult } from '../reports-api.ts';
import { type CellFormat, formatCell, formatRatio, numericCell } from './cell-format.ts';
import { kpiChange } from './kpi-change.ts';
import { shapeOf } from './result-shape.ts';

/** The first measure of the first row as one big number, titled by the measure, with its change on the previous period. */
export function KpiValue({ result, format, height }: { result: DatasetResult; format: CellFormat; height: number }) {
  const { t } = useI18n();
  const measure = shapeOf(result).measures[0];
  const raw = measure ? result.rows[0]?.[measure.index] : undefined;
  const value = measure ? formatCell(measure.column, raw, format) : '-';
  const isNegativeMoney = measure?.column.type === 'money' && (numericCell(raw) ?? 0) < 0;
  const change = kpiChange(result);
  return (
    <Flex vertical justify="center" align="center" style={{ minHeight: Math.min(height, 160) }} data-testid="report-kpi">
      <Typography.Text type="secondary">{measure?.column.title}</Typography.Text>
      <Typography.Text strong type={isNegativeMoney ? 'danger' : undefined} style={{ fontSize: 40, lineHeight: 1.3 }}>
        {value}
      </Typography.Text>
      {change !== undefined ? (
        <Typography.Text type={change < 0 ? 'danger' : 'success'} data-testid="report-kpi-change">
          {t('reports.chart.kpi.change')} {change < 0 ? <ArrowDownOutlined /> : <ArrowUpOutlined />} {formatRatio(Math.abs(change))}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
