import { Alert, Button, Flex, Modal, Result, Select, Steps, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { createOrder, fetchListing, type MarketListingView, type ModuleOrderDetail } from '../../api/market-api.ts';
import { formatFen } from '../../format/format-fen.ts';
import { useDateTime } from '../../format/use-date-time.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { BankTransfer } from './bank-transfer.tsx';
import { CopyableCode } from './copyable-code.tsx';
import { orderPagePath } from './market-paths.ts';
import { orderTotalFen } from './order-total.ts';
import { PlanOptions } from './plan-options.tsx';
import { planPriceText } from './price-label.ts';
import {
  chosenRequirementPlans,
  type PreviewLine,
  previewLines,
  type RequirementToBuy,
  requirementNamesOfProblem,
  requirementsToBuy,
} from './requirement-plans.ts';

const requirementPlansMissing = 'module-requirement-plans-missing';

type Step = 'plan' | 'confirm' | 'done';

/**
 * 购买 / 续费: choose a plan (and one for each required module the company has not bought, in the same
 * order), confirm the lines and the total, then see the result: a free order is paid and the module can be
 * enabled; any other shows the bank-transfer instructions and the order number to quote.
 */
export function PurchaseDialog({
  listing,
  listings,
  initialPlan,
  onClose,
  onOrdered,
  onEnable,
}: {
  listing: MarketListingView;
  /** The whole catalog, to find the required modules still to buy. */
  listings: readonly MarketListingView[];
  initialPlan: string | undefined;
  onClose: () => void;
  /** The order exists (paid or pending): the page reloads the listing's state. */
  onOrdered: () => void;
  /** 立即启用 after a paid order, when the module is not enabled yet. */
  onEnable?: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const [step, setStep] = useState<Step>('plan');
  const [planKey, setPlanKey] = useState<string | undefined>(
    listing.plans.some((plan) => plan.key === initialPlan) ? initialPlan : listing.plans[0]?.key,
  );
  // requirements the server named that the catalog did not show as needing a purchase
  const [named, setNamed] = useState<RequirementToBuy[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const known = requirementsToBuy(listing.name, listings);
  const requirements = [...known, ...named.filter((extra) => !known.some((item) => item.name === extra.name))];
  const [chosen, setChosen] = useState<Record<string, string | undefined>>(() =>
    Object.fromEntries(known.map((requirement) => [requirement.name, requirement.freePlan?.key])),
  );
  const [order, setOrder] = useState<ModuleOrderDetail | undefined>(undefined);
  // the page reloads the listing once the order exists: keep the title the buyer opened
  const [isRenewal] = useState(listing.entitlement?.source === 'paid');
  const lines = previewLines(listing, planKey, requirements, chosen);
  const total = lines ? orderTotalFen(lines.map((line) => ({ amountFen: line.plan.priceFen }))) : undefined;

  const addNamedRequirements = async (error: ApiError) => {
    const names = requirementNamesOfProblem(error.errors).filter((name) => !requirements.some((item) => item.name === name));
    const found = await Promise.all(names.map((name) => fetchListing(name).catch(() => undefined)));
    const added = found.flatMap((detail) =>
      detail ? [{ name: detail.name, title: detail.title, plans: detail.plans, freePlan: detail.plans.find((plan) => plan.priceFen === 0) }] : [],
    );
    setNamed((current) => [...current, ...added]);
    setProblem(error.detail ?? error.title);
    setStep('plan');
  };

  const submit = () =>
    run(async () => {
      if (!planKey) return;
      try {
        const requirementPlans = chosenRequirementPlans(requirements, chosen);
        const placed = await createOrder({
          plugin: listing.name,
          plan: planKey,
          ...(Object.keys(requirementPlans).length > 0 ? { requirementPlans } : {}),
        });
        setOrder(placed);
        setStep('done');
        onOrdered();
      } catch (error) {
        if (error instanceof ApiError && error.code === requirementPlansMissing) await addNamedRequirements(error);
        else showProblem(error);
      }
    });

  const lineColumns = [
    { key: 'module', title: t('market.order.column.module'), render: (_: unknown, line: PreviewLine) => line.title },
    { key: 'plan', title: t('market.order.column.plan'), render: (_: unknown, line: PreviewLine) => line.plan.title },
    { key: 'period', title: t('market.order.column.period'), render: (_: unknown, line: PreviewLine) => t(`market.period.${line.plan.period}`) },
    {
      key: 'amount',
      title: t('market.order.column.amount'),
      align: 'right' as const,
      render: (_: unknown, line: PreviewLine) => formatFen(line.plan.priceFen),
    },
  ];

  const planStep = (
    <Flex vertical gap={16}>
      {problem ? <Alert type="warning" showIcon title={problem} /> : null}
      <div>
        <Typography.Title level={5}>{t('market.purchase.choose-plan', { title: listing.title })}</Typography.Title>
        <PlanOptions plans={listing.plans} value={planKey} onChange={setPlanKey} />
      </div>
      {requirements.length > 0 ? (
        <div data-testid="requirement-plans">
          <Typography.Title level={5}>{t('market.purchase.requirements')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('market.purchase.requirements.hint')}</Typography.Paragraph>
          <Flex vertical gap={8}>
            {requirements.map((requirement) => (
              <Flex key={requirement.name} align="center" gap={12}>
                <Typography.Text style={{ width: 160 }} ellipsis>
                  {requirement.title}
                </Typography.Text>
                <Select
                  value={chosen[requirement.name]}
                  placeholder={t('market.purchase.requirement.placeholder')}
                  options={requirement.plans.map((plan) => ({ value: plan.key, label: `${plan.title} · ${planPriceText(plan, t)}` }))}
                  onChange={(value: string) => setChosen((current) => ({ ...current, [requirement.name]: value }))}
                  style={{ flex: 1 }}
                />
              </Flex>
            ))}
          </Flex>
        </div>
      ) : null}
    </Flex>
  );

  const confirmStep = (
    <Flex vertical gap={12}>
      <Table<PreviewLine>
        rowKey="plugin"
        size="small"
        pagination={false}
        dataSource={lines ?? []}
        columns={lineColumns}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text strong>{t('market.order.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong style={{ color: '#cf1322' }} data-testid="purchase-total">
                {total === undefined ? '-' : formatFen(total)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {total === 0 ? t('market.purchase.confirm.free') : t('market.purchase.confirm.transfer')}
      </Typography.Paragraph>
    </Flex>
  );

  const doneStep = order ? (
    order.status === 'paid' ? (
      <Result
        status="success"
        title={t('market.purchase.paid.title')}
        subTitle={t('market.purchase.paid.detail', { number: order.number })}
      />
    ) : (
      <Flex vertical gap={12}>
        <Result
          status="info"
          title={t('market.purchase.pending.title')}
          subTitle={
            <span>
              {t('market.purchase.pending.detail')} <CopyableCode text={order.number} testId="order-number" />
            </span>
          }
          style={{ padding: '16px 0 0' }}
        />
        {order.instructions ? <BankTransfer instructions={order.instructions} /> : null}
        <Typography.Text type="secondary">
          {t('market.purchase.pending.created', { at: formatDateTime(order.createdAt) })}
        </Typography.Text>
      </Flex>
    )
  ) : null;

  const footer =
    step === 'plan' ? (
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!lines} onClick={() => setStep('confirm')}>
          {t('market.purchase.next')}
        </Button>
      </Flex>
    ) : step === 'confirm' ? (
      <Flex justify="flex-end" gap={8}>
        <Button onClick={() => setStep('plan')}>{t('market.purchase.back')}</Button>
        <Button type="primary" loading={submitting} disabled={total === undefined} onClick={submit} data-testid="purchase-submit">
          {t('market.purchase.submit')}
        </Button>
      </Flex>
    ) : (
      <Flex justify="flex-end" gap={8}>
        {order ? <Button onClick={() => navigate(orderPagePath(order.id))}>{t('market.purchase.view-order')}</Button> : null}
        {order?.status === 'paid' && onEnable ? (
          <Button
            onClick={() => {
              onClose();
              onEnable();
            }}
          >
            {t('market.purchase.enable-now')}
          </Button>
        ) : null}
        <Button type="primary" onClick={onClose}>
          {t('common.done')}
        </Button>
      </Flex>
    );

  const current = step === 'plan' ? 0 : step === 'confirm' ? 1 : 2;
  return (
    <Modal
      open
      width={640}
      title={t(isRenewal ? 'market.purchase.renew-title' : 'market.purchase.title', { title: listing.title })}
      onCancel={onClose}
      footer={footer}
      maskClosable={step !== 'confirm'}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={current}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('market.purchase.step.plan') },
          { title: t('market.purchase.step.confirm') },
          { title: t(order?.status === 'pending' ? 'market.purchase.step.pay' : 'market.purchase.step.done') },
        ]}
      />
      {step === 'plan' ? planStep : step === 'confirm' ? confirmStep : doneStep}
    </Modal>
  );
}
