import { Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { OrderLine } from '../../api/market-api.ts';
import { formatFen } from '../../format/format-fen.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listingPath } from './market-paths.ts';
import { orderTotalFen } from './order-total.ts';

/** An order's lines (module, plan, billing, amount) with their total. */
export function OrderLines({ lines }: { lines: readonly OrderLine[] }) {
  const { t } = useI18n();
  const total = orderTotalFen(lines);
  const columns: TableColumnsType<OrderLine> = [
    { key: 'module', title: t('market.order.column.module'), render: (_, line) => <Link to={listingPath(line.plugin)}>{line.title}</Link> },
    { key: 'plan', title: t('market.order.column.plan'), dataIndex: 'planTitle' },
    { key: 'period', title: t('market.order.column.period'), render: (_, line) => t(`market.period.${line.period}`) },
    { key: 'amount', title: t('market.order.column.amount'), align: 'right', render: (_, line) => formatFen(line.amountFen) },
  ];
  return (
    <Table<OrderLine>
      rowKey={(line) => `${line.plugin}:${line.planKey}`}
      size="small"
      pagination={false}
      dataSource={[...lines]}
      columns={columns}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            <Typography.Text strong>{t('market.order.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong>{total === undefined ? '-' : formatFen(total)}</Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
