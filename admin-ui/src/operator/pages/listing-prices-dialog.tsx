import { Button, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { fenToYuanText, formatFen } from '../../format/format-fen.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { YuanInput } from '../../pages/resources/yuan-input.tsx';
import { type OperatorListingView, updateOperatorListing } from '../api/operator-market-api.ts';

/**
 * 调整价格: a price per plan typed in yuan (kept in fen, exactly); an empty field charges the list price.
 * Saving replaces every override of the module at once.
 */
export function ListingPricesDialog({
  listing,
  onClose,
  onSaved,
}: {
  listing: OperatorListingView;
  onClose: () => void;
  onSaved: (saved: OperatorListingView) => void;
}) {
  const { t, locale } = useI18n();
  const showProblem = useShowProblem();
  const [saving, run] = useSubmit();
  const [prices, setPrices] = useState<Record<string, number | undefined>>(() => ({ ...listing.priceOverrides }));

  const save = (overrides: Record<string, number | undefined>) =>
    run(async () => {
      const priceOverrides: Record<string, number> = {};
      for (const [key, fen] of Object.entries(overrides)) if (fen !== undefined) priceOverrides[key] = fen;
      try {
        onSaved(await updateOperatorListing(listing.plugin, { priceOverrides }));
      } catch (error) {
        showProblem(error);
      }
    });

  return (
    <Modal
      open
      title={t('operator.listings.prices.title', { title: listing.title[locale] })}
      onCancel={onClose}
      footer={
        <Flex justify="space-between">
          <Button onClick={() => save({})} disabled={saving}>
            {t('operator.listings.prices.reset')}
          </Button>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => save(prices)}>
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('operator.listings.prices.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        {listing.plans.map((plan) => (
          <Form.Item
            key={plan.key}
            label={`${plan.title[locale]}（${t(`market.period.${plan.period}`)}）`}
            extra={t('operator.listings.prices.list-price', { price: formatFen(plan.listPriceFen) })}
          >
            <YuanInput
              value={prices[plan.key]}
              placeholder={fenToYuanText(plan.listPriceFen)}
              onChange={(fen) => setPrices((current) => ({ ...current, [plan.key]: fen }))}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
