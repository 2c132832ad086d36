import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Switch, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatFen } from '../../format/format-fen.ts';
import { problemMessageKey, useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { type OperatorListingUpdate, type OperatorListingView, updateOperatorListing } from '../api/operator-market-api.ts';
import { useOperatorListings } from '../hooks/use-operator-listings.ts';
import { useOperatorTime } from '../hooks/use-operator-time.ts';
import { ListingPricesDialog } from './listing-prices-dialog.tsx';

/** 模块定价: hide a module from the marketplace, include it for every company, or change its plans' prices. */
export default function ListingsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const formatTime = useOperatorTime();
  const { listings, loading, reload, setListings } = useOperatorListings();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<OperatorListingView | undefined>(undefined);

  const replace = (saved: OperatorListingView) =>
    setListings((current) => current?.map((listing) => (listing.plugin === saved.plugin ? saved : listing)));

  const change = async (listing: OperatorListingView, body: OperatorListingUpdate) => {
    setBusy(listing.plugin);
    try {
      replace(await updateOperatorListing(listing.plugin, body));
      message.destroy(problemMessageKey);
      void message.success(t('operator.listings.saved', { title: listing.title[locale] }));
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(undefined);
    }
  };

  const columns: TableColumnsType<OperatorListingView> = [
    {
      key: 'module',
      title: t('operator.listings.column.module'),
      width: 220,
      render: (_, listing) => (
        <Flex vertical>
          <Typography.Text strong>{listing.title[locale]}</Typography.Text>
          <Typography.Text type="secondary">
            {listing.plugin} · v{listing.version}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'plans',
      title: t('operator.listings.column.plans'),
      render: (_, listing) =>
        listing.plans.length === 0 ? (
          <Typography.Text type="secondary">{t('market.price.free')}</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {listing.plans.map((plan) => (
              <Flex key={plan.key} gap={8} wrap>
                <Typography.Text>{plan.title[locale]}</Typography.Text>
                <Typography.Text type="secondary">{t(`market.period.${plan.period}`)}</Typography.Text>
                <Typography.Text strong>{formatFen(plan.priceFen)}</Typography.Text>
                {plan.priceFen !== plan.listPriceFen ? (
                  <Typography.Text delete type="secondary">
                    {formatFen(plan.listPriceFen)}
                  </Typography.Text>
                ) : null}
                {plan.trialDays > 0 ? (
                  <Typography.Text type="secondary">{t('operator.listings.trial', { days: plan.trialDays })}</Typography.Text>
                ) : null}
              </Flex>
            ))}
          </Flex>
        ),
    },
    {
      key: 'hidden',
      title: t('operator.listings.column.hidden'),
      width: 110,
      render: (_, listing) => (
        <Switch
          checked={listing.hidden}
          loading={busy === listing.plugin}
          disabled={busy !== undefined && busy !== listing.plugin}
          onChange={(hidden) => void change(listing, { hidden })}
          aria-label={t('operator.listings.column.hidden')}
        />
      ),
    },
    {
      key: 'included',
      title: t('operator.listings.column.included'),
      width: 120,
      render: (_, listing) => (
        <Switch
          checked={listing.included}
          loading={busy === listing.plugin}
          disabled={(busy !== undefined && busy !== listing.plugin) || listing.plans.length === 0}
          onChange={(included) => void change(listing, { included })}
          aria-label={t('operator.listings.column.included')}
        />
      ),
    },
    { key: 'updatedAt', title: t('operator.listings.column.updated-at'), width: 160, render: (_, listing) => formatTime(listing.updatedAt) },
    {
      key: 'actions',
      fixed: 'right',
      title: t('common.actions'),
      width: 120,
      render: (_, listing) =>
        listing.plans.length > 0 ? (
          <Button type="link" size="small" onClick={() => setEditing(listing)}>
            {t('operator.listings.edit-prices')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('operator.menu.listings')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading && listings !== undefined}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card variant="borderless">
        <Typography.Paragraph type="secondary">{t('operator.listings.hint')}</Typography.Paragraph>
        {listings === undefined ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<OperatorListingView>
            rowKey="plugin"
            dataSource={listings}
            columns={columns}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <ListEmpty title={t('operator.listings.empty.title')} description={t('operator.listings.empty.description')} /> }}
          />
        )}
      </Card>
      {editing ? (
        <ListingPricesDialog
          listing={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            replace(saved);
            setEditing(undefined);
            void message.success(t('operator.listings.saved', { title: saved.title[locale] }));
          }}
        />
      ) : null}
    </>
  );
}
