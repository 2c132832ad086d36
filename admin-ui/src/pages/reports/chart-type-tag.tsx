import { AreaChartOutlined, BarChartOutlined, DashboardOutlined, FundOutlined, LineChartOutlined, PieChartOutlined, TableOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ReportChartType } from './chart/report-chart.tsx';

export const chartTypeIcons: Record<ReportChartType, ReactNode> = {
  table: <TableOutlined />,
  pivot: <TableOutlined />,
  bar: <BarChartOutlined />,
  line: <LineChartOutlined />,
  area: <AreaChartOutlined />,
  pie: <PieChartOutlined />,
  gauge: <DashboardOutlined />,
  kpi: <FundOutlined />,
};

/** A report's chart type as an icon and its name. */
export function ChartTypeTag({ type }: { type: string }) {
  const { t } = useI18n();
  const known = type in chartTypeIcons ? (type as ReportChartType) : undefined;
  return <Tag icon={known ? chartTypeIcons[known] : undefined}>{known ? t(`reports.chart.type.${known}`) : type}</Tag>;
}
