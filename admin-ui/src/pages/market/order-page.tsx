import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Result, Skeleton, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { fetchOrder, type ModuleOrderDetail, receiptUrl } from '../../api/market-api.ts';
import { useAbility } from '../../access/use-ability.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { formatFen } from '../../format/format-fen.ts';
import { useDateTime } from '../../format/use-date-time.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSession } from '../../session/use-session.ts';
import { BankTransfer } from './bank-transfer.tsx';
import { CopyableCode } from './copyable-code.tsx';
import { marketOrdersPath } from './market-paths.ts';
import { orderActorLabel } from './order-actor.ts';
import { OrderLines } from './order-lines.tsx';
import { OrderStatusTag } from './order-status-tag.tsx';
import { useCancelOrder } from './use-cancel-order.ts';

function useOrder(id: string) {
  const showProblem = useShowProblem();
  const [order, setOrder] = useState<ModuleOrderDetail | null | undefined>(undefined);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    fetchOrder(id)
      .then((answer) => {
        if (request === latest.current) setOrder(answer);
      })
      .catch((error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setOrder(null);
        else showProblem(error);
      });
  }, [id, showProblem]);
  useEffect(reload, [reload]);
  return { order, reload };
}

const eventColors: Record<string, string> = { pending: 'orange', paid: 'green', cancelled: 'gray' };

/** One module order: its lines, how to pay it while pending, 取消 / 打印收据, and every change in a timeline. */
export default function OrderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  const formatDateTime = useDateTime();
  const canUpdate = useAbility().can('update', 'Plugin');
  const { order, reload } = useOrder(id);
  const { cancelling, cancel } = useCancelOrder(reload);

  if (order === undefined) {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (order === null) {
    return (
      <Result
        status="404"
        title={t('market.order.not-found')}
        extra={
          <Button type="primary" onClick={() => navigate(marketOrdersPath)}>
            {t('market.order.back')}
          </Button>
        }
      />
    );
  }

  const actions = (
    <>
      {canUpdate && order.status === 'pending' ? (
        <Popconfirm
          title={t('market.order.cancel.confirm', { number: order.number })}
          okText={t('market.order.cancel')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => cancel(order)}
        >
          <Button danger loading={cancelling === order.id}>
            {t('market.order.cancel')}
          </Button>
        </Popconfirm>
      ) : null}
      <Button icon={<PrinterOutlined />} href={receiptUrl(order.id)} target="_blank" rel="noopener" data-testid="print-receipt">
        {t('market.order.receipt')}
      </Button>
    </>
  );

  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap={8}>
            {t('market.order.title', { number: order.number })}
            <OrderStatusTag status={order.status} />
          </Flex>
        }
        extra={actions}
      />
      <Flex vertical gap={16}>
        {order.status === 'pending' && order.instructions ? (
          <Card variant="borderless" title={t('market.order.how-to-pay')}>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('market.order.pending-hint')} />
            <BankTransfer instructions={order.instructions} />
          </Card>
        ) : null}
        <Card variant="borderless" title={t('market.order.details')}>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('market.order.column.number')}>
              <CopyableCode text={order.number} />
            </Descriptions.Item>
            <Descriptions.Item label={t('market.order.column.status')}>
              <OrderStatusTag status={order.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('market.order.column.amount')}>
              <Typography.Text strong>{formatFen(order.amountFen)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('market.order.column.provider')}>{t(`market.order.provider.${order.provider}`)}</Descriptions.Item>
            <Descriptions.Item label={t('market.order.column.created-at')}>{formatDateTime(order.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('market.order.column.paid-at')}>{formatDateTime(order.paidAt)}</Descriptions.Item>
            {order.cancelledAt ? (
              <Descriptions.Item label={t('market.order.column.cancelled-at')}>{formatDateTime(order.cancelledAt)}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Card variant="borderless" title={t('market.order.lines')}>
          <OrderLines lines={order.lines} />
        </Card>
        <Card variant="borderless" title={t('market.order.history')}>
          <Timeline
            items={order.events.map((event) => {
              const key = `market.order.status.${event.status}`;
              const label = t(key);
              return {
                color: eventColors[event.status] ?? 'blue',
                content: (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{label === key ? event.status : label}</Typography.Text>
                    <Typography.Text type="secondary">
                      {formatDateTime(event.createdAt)} · {orderActorLabel(event.actor, session.user.id, t)}
                    </Typography.Text>
                    {event.note ? <Typography.Text>{event.note}</Typography.Text> : null}
                  </Flex>
                ),
              };
            })}
          />
        </Card>
      </Flex>
    </>
  );
}
