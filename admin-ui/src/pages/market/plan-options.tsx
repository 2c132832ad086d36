import { Flex, Radio, Typography } from 'antd';
import type { MarketPlanView } from '../../api/market-api.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { planPriceText } from './price-label.ts';

/** The module's plans to choose from: title, price per period and the trial each offers. */
export function PlanOptions({
  plans,
  value,
  onChange,
}: {
  plans: readonly MarketPlanView[];
  value: string | undefined;
  onChange: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Radio.Group value={value} onChange={(event) => onChange(String(event.target.value))} style={{ width: '100%' }}>
      <Flex vertical gap={8}>
        {plans.map((plan) => (
          <Radio key={plan.key} value={plan.key} data-testid={`plan-${plan.key}`}>
            <Flex gap={12} align="baseline" wrap>
              <Typography.Text strong>{plan.title}</Typography.Text>
              <Typography.Text style={{ color: '#cf1322' }}>{planPriceText(plan, t)}</Typography.Text>
              <Typography.Text type="secondary">{t(`market.period.${plan.period}`)}</Typography.Text>
            </Flex>
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
}
