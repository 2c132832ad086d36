import { Tag } from 'antd';
import type { OrderStatus } from '../../api/market-api.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

const colors: Record<OrderStatus, string> = { pending: 'warning', paid: 'success', cancelled: 'default' };

/** 待付款 / 已付款 / 已取消. */
export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} data-testid="order-status" style={{ marginInlineEnd: 0 }}>
      {t(`market.order.status.${status}`)}
    </Tag>
  );
}
