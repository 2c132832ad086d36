import { Button, Table, type TableColumnsType } from 'antd';
import type { MarketPlanView } from '../../api/market-api.ts';
import { formatFen } from '../../format/format-fen.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { planPriceText } from './price-label.ts';

/** The listing's plans at this company's prices; 购买 on a row opens the purchase with that plan. */
export function ListingPlans({ plans, onBuy }: { plans: readonly MarketPlanView[]; onBuy: ((plan: string) => void) | undefined }) {
  const { t } = useI18n();
  const columns: TableColumnsType<MarketPlanView> = [
    { key: 'title', title: t('market.plan.column.title'), dataIndex: 'title' },
    { key: 'period', title: t('market.plan.column.period'), render: (_, plan) => t(`market.period.${plan.period}`) },
    {
      key: 'price',
      title: t('market.plan.column.price'),
      align: 'right',
      render: (_, plan) => (plan.priceFen === 0 ? planPriceText(plan, t) : formatFen(plan.priceFen)),
    },
    {
      key: 'trial',
      title: t('market.plan.column.trial'),
      render: (_, plan) => (plan.trialDays > 0 ? t('market.plan.trial-days', { days: plan.trialDays }) : '-'),
    },
  ];
  if (onBuy) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, plan) => (
        <Button type="link" size="small" onClick={() => onBuy(plan.key)}>
          {t('market.action.buy')}
        </Button>
      ),
    });
  }
  return <Table<MarketPlanView> rowKey="key" size="middle" pagination={false} dataSource={[...plans]} columns={columns} />;
}
