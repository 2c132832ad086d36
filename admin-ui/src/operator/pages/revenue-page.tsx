import { Card, Col, DatePicker, Flex, Row, Skeleton, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { dayjs } from '../../format/dayjs-setup.ts';
import { formatFen } from '../../format/format-fen.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { fetchRevenue, type OperatorRevenueView } from '../api/operator-market-api.ts';
import { useOperatorListings } from '../hooks/use-operator-listings.ts';
import { pivotRevenue, type RevenueRow } from './revenue-pivot.ts';
import { RevenueBars } from './revenue-bars.tsx';

const monthFormat = 'YYYY-MM';
const monthParam = /^\d{4}-(0[1-9]|1[0-2])$/;

function useRevenue(from: string | undefined, to: string | undefined) {
  const showProblem = useShowProblem();
  const [revenue, setRevenue] = useState<OperatorRevenueView | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const load = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    fetchRevenue({ from, to })
      .then((answer) => {
        if (request === latest.current) setRevenue(answer);
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [from, to, showProblem]);
  useEffect(load, [load]);
  return { revenue, loading };
}

/** 收入: paid module revenue by module and month (the platform's months), as bars and a table; range in the URL. */
export default function RevenuePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const { revenue, loading } = useRevenue(from && monthParam.test(from) ? from : undefined, to && monthParam.test(to) ? to : undefined);
  const { titleOf } = useOperatorListings({ quiet: true });
  const pivot = useMemo(() => (revenue ? pivotRevenue(revenue) : undefined), [revenue]);

  const onRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      const [start, end] = range ?? [null, null];
      if (start && end) {
        next.set('from', start.format(monthFormat));
        next.set('to', end.format(monthFormat));
      } else {
        next.delete('from');
        next.delete('to');
      }
      return next;
    });

  const range: [Dayjs, Dayjs] | null = revenue ? [dayjs(`${revenue.from}-01`), dayjs(`${revenue.to}-01`)] : null;
  const columns: TableColumnsType<RevenueRow> = [
    { key: 'module', title: t('operator.revenue.column.module'), fixed: 'left', width: 160, render: (_, row) => titleOf(row.plugin) },
    ...(pivot?.months ?? []).map((month) => ({
      key: month,
      title: month,
      align: 'right' as const,
      width: 120,
      render: (_: unknown, row: RevenueRow) => (row.byMonth[month] === undefined ? '-' : formatFen(row.byMonth[month])),
    })),
    {
      key: 'total',
      title: t('operator.revenue.column.total'),
      fixed: 'right',
      align: 'right',
      width: 140,
      render: (_, row) => <Typography.Text strong>{formatFen(row.totalFen)}</Typography.Text>,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('operator.menu.revenue')}
        extra={<DatePicker.RangePicker picker="month" value={range} onChange={onRange} allowClear={false} data-testid="revenue-range" />}
      />
      {pivot === undefined || revenue === undefined ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Card variant="borderless">
                <Statistic title={t('operator.revenue.total')} value={formatFen(pivot.totalFen)} loading={loading} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card variant="borderless">
                <Statistic title={t('operator.revenue.lines')} value={pivot.count.toLocaleString('en-US')} loading={loading} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card variant="borderless">
                <Statistic title={t('operator.revenue.modules')} value={pivot.rows.length} loading={loading} />
              </Card>
            </Col>
          </Row>
          <Card variant="borderless" title={t('operator.revenue.by-month')}>
            <RevenueBars months={pivot.months} totals={pivot.monthTotals} />
          </Card>
          <Card variant="borderless" title={t('operator.revenue.by-module')}>
            <Table<RevenueRow>
              rowKey="plugin"
              size="middle"
              loading={loading}
              pagination={false}
              dataSource={pivot.rows}
              columns={columns}
              scroll={{ x: 300 + pivot.months.length * 120 }}
              summary={() =>
                pivot.rows.length === 0 ? null : (
                  <Table.Summary fixed>
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>
                        <Typography.Text strong>{t('operator.revenue.column.total')}</Typography.Text>
                      </Table.Summary.Cell>
                      {pivot.months.map((month, index) => (
                        <Table.Summary.Cell key={month} index={index + 1} align="right">
                          {pivot.monthTotals[month] === undefined ? '-' : formatFen(pivot.monthTotals[month])}
                        </Table.Summary.Cell>
                      ))}
                      <Table.Summary.Cell index={pivot.months.length + 1} align="right">
                        <Typography.Text strong>{formatFen(pivot.totalFen)}</Typography.Text>
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  </Table.Summary>
                )
              }
              locale={{ emptyText: <ListEmpty title={t('operator.revenue.empty.title')} description={t('operator.revenue.empty.description', { timeZone: revenue.timeZone })} /> }}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
