import { Button, Card, Flex, Popconfirm, Segmented, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { listOrders, type ModuleOrderView, type OrderStatus, receiptUrl } from '../../api/market-api.ts';
import { useAbility } from '../../access/use-ability.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatFen } from '../../format/format-fen.ts';
import { useDateTime } from '../../format/use-date-time.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { CopyableCode } from './copyable-code.tsx';
import { marketPath, orderPagePath } from './market-paths.ts';
import { OrderStatusTag } from './order-status-tag.tsx';
import { useCancelOrder } from './use-cancel-order.ts';

const filterKeys = ['status'] as const;
const statuses: readonly OrderStatus[] = ['pending', 'paid', 'cancelled'];
const allStatuses = 'all';

/** 我的订单: the company's module orders, newest first, by status; paging in the URL. */
export default function OrdersPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const canUpdate = useAbility().can('update', 'Plugin');
  const list = useServerList<ModuleOrderView>({ load: listOrders, filterKeys });
  const { cancelling, cancel } = useCancelOrder(list.reload);
  const status = typeof list.query.status === 'string' ? list.query.status : undefined;

  const columns: TableColumnsType<ModuleOrderView> = [
    {
      key: 'number',
      title: t('market.order.column.number'),
      width: 200,
      render: (_, order) => <CopyableCode text={order.number} to={orderPagePath(order.id)} />,
    },
    {
      key: 'modules',
      title: t('market.order.column.modules'),
      render: (_, order) => order.lines.map((line) => `${line.title}（${line.planTitle}）`).join(t('settings.modules.separator')),
    },
    { key: 'amount', title: t('market.order.column.amount'), width: 130, align: 'right', render: (_, order) => formatFen(order.amountFen) },
    { key: 'status', title: t('market.order.column.status'), width: 100, render: (_, order) => <OrderStatusTag status={order.status} /> },
    { key: 'createdAt', title: t('market.order.column.created-at'), width: 160, render: (_, order) => formatDateTime(order.createdAt) },
    { key: 'paidAt', title: t('market.order.column.paid-at'), width: 160, render: (_, order) => formatDateTime(order.paidAt) },
    {
      key: 'actions',
      fixed: 'right',
      title: t('common.actions'),
      width: 200,
      render: (_, order) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => navigate(orderPagePath(order.id))}>
            {t('common.view')}
          </Button>
          <Button type="link" size="small" href={receiptUrl(order.id)} target="_blank" rel="noopener">
            {t('market.order.receipt')}
          </Button>
          {canUpdate && order.status === 'pending' ? (
            <Popconfirm
              title={t('market.order.cancel.confirm', { number: order.number })}
              okText={t('market.order.cancel')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => cancel(order)}
            >
              <Button type="link" size="small" danger loading={cancelling === order.id}>
                {t('market.order.cancel')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t('market.menu.orders')} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Segmented
            options={[
              { value: allStatuses, label: t('market.filter.all') },
              ...statuses.map((value) => ({ value, label: t(`market.order.status.${value}`) })),
            ]}
            value={status ?? allStatuses}
            onChange={(value) => list.update({ status: value === allStatuses ? undefined : String(value) })}
            style={{ alignSelf: 'flex-start' }}
          />
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<ModuleOrderView>
              {...list.tableProps}
              columns={columns}
              scroll={{ x: 1100 }}
              locale={{
                emptyText: status ? (
                  <ListEmpty
                    title={t('market.orders.empty.filtered', { status: t(`market.order.status.${status}`) })}
                    description={t('common.empty.filtered')}
                    action={<Button onClick={() => list.update({ status: undefined })}>{t('common.clear-filters')}</Button>}
                  />
                ) : (
                  <ListEmpty
                    title={t('market.orders.empty.title')}
                    description={t('market.orders.empty.description')}
                    action={
                      <Button type="primary" onClick={() => navigate(marketPath)}>
                        {t('market.orders.to-market')}
                      </Button>
                    }
                  />
                ),
              }}
            />
          )}
          <Typography.Text type="secondary">{t('market.orders.hint')}</Typography.Text>
        </Flex>
      </Card>
    </>
  );
}
