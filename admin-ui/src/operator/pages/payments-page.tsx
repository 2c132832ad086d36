import { App, Button, Card, Flex, Segmented, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ListQuery } from '../../api/list-result.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatFen } from '../../format/format-fen.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { OrderStatusTag } from '../../pages/market/order-status-tag.tsx';
import { listOperatorOrders, type OperatorOrderView } from '../api/operator-market-api.ts';
import { CompanySelect } from '../components/company-select.tsx';
import { useOperatorListings } from '../hooks/use-operator-listings.ts';
import { useOperatorTime } from '../hooks/use-operator-time.ts';
import { type OrderDecision, OrderDecisionDialog } from './order-decision-dialog.tsx';

const filterKeys = ['status', 'tenantId'] as const;
const statuses = ['pending', 'paid', 'cancelled', 'all'] as const;

/** The page opens on the queue of payments to confirm; `?status=all` lists every order. */
function loadOrders(query: ListQuery) {
  const status = query.status ?? 'pending';
  return listOperatorOrders({ ...query, status: status === 'all' ? undefined : status });
}

/** 待确认收款: manual payments to confirm (the money arrived) or reject (it did not), and every order by status. */
export default function PaymentsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formatTime = useOperatorTime();
  const [params] = useSearchParams();
  const { titleOf, planTitleOf } = useOperatorListings({ quiet: true });
  const list = useServerList<OperatorOrderView>({ load: loadOrders, filterKeys });
  const [deciding, setDeciding] = useState<{ order: OperatorOrderView; decision: OrderDecision } | undefined>(undefined);
  const status = typeof list.query.status === 'string' ? list.query.status : 'pending';
  const tenantId = typeof list.query.tenantId === 'string' ? list.query.tenantId : undefined;
  const companyLabel = list.data?.items.find((order) => order.tenantId === tenantId)?.companyName ?? params.get('company') ?? undefined;

  const columns: TableColumnsType<OperatorOrderView> = [
    { key: 'company', title: t('operator.payments.column.company'), width: 180, render: (_, order) => order.companyName },
    {
      key: 'number',
      title: t('market.order.column.number'),
      width: 190,
      render: (_, order) => (
        <Typography.Text copyable={{ text: order.number }} style={{ fontFamily: 'ui-monospace, monospace' }}>
          {order.number}
        </Typography.Text>
      ),
    },
    {
      key: 'lines',
      title: t('operator.payments.column.lines'),
      render: (_, order) => (
        <Flex vertical>
          {order.lines.map((line) => (
            <Typography.Text key={`${line.plugin}:${line.planKey}`}>
              {titleOf(line.plugin)} · {planTitleOf(line.plugin, line.planKey)} · {formatFen(line.amountFen)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      key: 'amount',
      title: t('market.order.column.amount'),
      width: 130,
      align: 'right',
      render: (_, order) => <Typography.Text strong>{formatFen(order.amountFen)}</Typography.Text>,
    },
    { key: 'status', title: t('market.order.column.status'), width: 100, render: (_, order) => <OrderStatusTag status={order.status} /> },
    { key: 'createdAt', title: t('market.order.column.created-at'), width: 150, render: (_, order) => formatTime(order.createdAt) },
    { key: 'paidAt', title: t('market.order.column.paid-at'), width: 150, render: (_, order) => formatTime(order.paidAt) },
    {
      key: 'actions',
      fixed: 'right',
      title: t('common.actions'),
      width: 170,
      render: (_, order) =>
        order.status === 'pending' ? (
          <Flex gap={4}>
            <Button type="link" size="small" onClick={() => setDeciding({ order, decision: 'confirm' })}>
              {t('operator.payments.confirm')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setDeciding({ order, decision: 'reject' })}>
              {t('operator.payments.reject')}
            </Button>
          </Flex>
        ) : null,
    },
  ];

  return (
    <>
      <PageTitle title={t('operator.menu.payments')} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <Segmented
              options={statuses.map((value) => ({
                value,
                label: value === 'all' ? t('market.filter.all') : t(`operator.payments.status.${value}`),
              }))}
              value={status}
              onChange={(value) => list.update({ status: value === 'pending' ? undefined : String(value) })}
            />
            <CompanySelect
              value={tenantId}
              knownLabel={companyLabel}
              onChange={(id, name) => list.update({ tenantId: id, company: name })}
              style={{ width: 240 }}
            />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<OperatorOrderView>
              {...list.tableProps}
              columns={columns}
              scroll={{ x: 1200 }}
              locale={{
                emptyText:
                  status === 'pending' && !tenantId ? (
                    <ListEmpty title={t('operator.payments.empty.title')} description={t('operator.payments.empty.description')} />
                  ) : (
                    <ListEmpty
                      title={t('operator.payments.empty.filtered')}
                      description={t('common.empty.filtered')}
                      action={
                        <Button onClick={() => list.update({ status: undefined, tenantId: undefined, company: undefined })}>{t('common.clear-filters')}</Button>
                      }
                    />
                  ),
              }}
            />
          )}
        </Flex>
      </Card>
      {deciding ? (
        <OrderDecisionDialog
          order={deciding.order}
          decision={deciding.decision}
          onClose={() => setDeciding(undefined)}
          onDone={() => {
            const { order, decision } = deciding;
            setDeciding(undefined);
            list.reload();
            void message.success(
              t(decision === 'confirm' ? 'operator.payments.confirmed' : 'operator.payments.rejected', { number: order.number }),
            );
          }}
        />
      ) : null}
    </>
  );
}
