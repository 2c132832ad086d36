import { ExperimentOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Image, Popconfirm, Result, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type MarketListingDetail, startTrial } from '../../api/market-api.ts';
import { useAbility } from '../../access/use-ability.ts';
import { useDateTime } from '../../format/use-date-time.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useSearchParam } from '../../hooks/use-search-param.ts';
import { problemMessageKey, useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { categoryLabel } from './category-label.ts';
import { ListingBadges } from './listing-badges.tsx';
import { ListingIcon } from './listing-icon.tsx';
import { ListingPlans } from './listing-plans.tsx';
import { listingBadges, listingOffers } from './listing-state.ts';
import { listingPath, marketPath } from './market-paths.ts';
import { DisableButton, EnableButton, toModuleLinks } from './module-switch-buttons.tsx';
import { PurchaseDialog } from './purchase-dialog.tsx';
import { useListing } from './use-listing.ts';
import { useListings } from './use-listings.ts';
import { useModuleSwitch } from './use-module-switch.ts';

const noQuery = {};

/** A module's page: what it does, its plans, and 试用 / 购买 / 启用 / 停用 as the company's state allows. */
export default function ListingPage() {
  const { plugin = '' } = useParams();
  const { listing, reload } = useListing(plugin);
  if (listing === undefined) {
    return (
      <Card variant="borderless">
        <Skeleton active avatar paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (listing === null) return <ListingNotFound />;
  return <ListingDetail key={plugin} detail={listing.detail} loadedAt={listing.loadedAt} reload={reload} />;
}

function ListingNotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('market.listing.not-found')}
      subTitle={t('market.listing.not-found.detail')}
      extra={
        <Button type="primary" onClick={() => navigate(marketPath)}>
          {t('market.listing.back')}
        </Button>
      }
    />
  );
}

function ListingDetail({
  detail,
  loadedAt,
  reload,
}: {
  detail: MarketListingDetail;
  loadedAt: Date;
  reload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const ability = useAbility();
  const canUpdate = ability.can('update', 'Plugin');
  const { listings, reload: reloadListings } = useListings(noQuery);
  const [buy, setBuy] = useSearchParam('buy');
  const [startingTrial, runTrial] = useSubmit();
  useDocumentTitle(detail.title);

  const all = useMemo(() => listings?.items ?? [], [listings]);
  const modules = useMemo(() => {
    const links = all.map(toModuleLinks);
    return links.some((item) => item.name === detail.name) ? links : [...links, toModuleLinks(detail)];
  }, [all, detail]);
  const titleOf = useCallback((name: string) => modules.find((item) => item.name === name)?.title ?? name, [modules]);
  const reloadAll = useCallback(() => {
    reload();
    reloadListings();
  }, [reload, reloadListings]);
  const { busy, enable, disable } = useModuleSwitch(titleOf, reloadAll);

  const offers = listingOffers(detail);
  const badges = listingBadges(detail, loadedAt);
  const self = modules.find((item) => item.name === detail.name) ?? toModuleLinks(detail);
  const readOnly = badges.find((badge) => badge.kind === 'read-only');

  const onTrial = () =>
    runTrial(async () => {
      try {
        const trial = await startTrial(detail.name);
        message.destroy(problemMessageKey);
        void message.success(t('market.trial.started', { title: detail.title, until: formatDateTime(trial.endsAt) }));
      } catch (error) {
        showProblem(error);
      } finally {
        reloadAll();
      }
    });

  const actions = canUpdate ? (
    <Flex gap={8} wrap>
      {offers.canTrial ? (
        <Popconfirm
          title={t('market.trial.confirm', { days: detail.trialDays })}
          description={<div style={{ maxWidth: 320 }}>{t('market.trial.confirm.detail')}</div>}
          okText={t('market.trial.start')}
          cancelText={t('common.cancel')}
          onConfirm={onTrial}
        >
          <Button icon={<ExperimentOutlined />} loading={startingTrial} data-testid="start-trial">
            {t('market.action.trial', { days: detail.trialDays })}
          </Button>
        </Popconfirm>
      ) : null}
      {offers.canBuy ? (
        <Button
          type={offers.entitled ? 'default' : 'primary'}
          icon={<ShoppingCartOutlined />}
          onClick={() => setBuy(detail.plans[0]?.key ?? '1')}
          data-testid="buy"
        >
          {t(offers.isRenewal ? 'market.action.renew' : 'market.action.buy')}
        </Button>
      ) : null}
      {detail.enabled ? (
        <DisableButton module={self} modules={modules} busy={busy} type="default" size="middle" onDisable={disable} />
      ) : offers.entitled ? (
        <EnableButton module={self} modules={modules} busy={busy} type="primary" size="middle" onEnable={enable} />
      ) : null}
    </Flex>
  ) : null;

  const moduleTags = (refs: readonly { name: string; title: string }[]) =>
    refs.length === 0 ? (
      '-'
    ) : (
      <Flex wrap gap={4}>
        {refs.map((ref) => (
          <Tag key={ref.name} style={{ marginInlineEnd: 0 }}>
            <Link to={listingPath(ref.name)}>{ref.title}</Link>
          </Tag>
        ))}
      </Flex>
    );

  const entitlement = detail.entitlement;
  return (
    <Flex vertical gap={16}>
      <Card variant="borderless">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex gap={16} align="flex-start" style={{ minWidth: 0 }}>
            <ListingIcon name={detail.icon} size={64} />
            <Flex vertical gap={6}>
              <Flex align="center" gap={8} wrap>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {detail.title}
                </Typography.Title>
                {categoryLabel(t, detail.category) ? <Tag>{categoryLabel(t, detail.category)}</Tag> : null}
                <ListingBadges badges={badges} />
              </Flex>
              <Typography.Text type="secondary">{detail.description || t('market.listing.no-description')}</Typography.Text>
            </Flex>
          </Flex>
          {actions}
        </Flex>
        {readOnly ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={t('market.listing.read-only', { until: formatDateTime(readOnly.kind === 'read-only' ? readOnly.until : null) })}
          />
        ) : null}
        {!canUpdate && !offers.entitled ? (
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('market.listing.ask-admin')} />
        ) : null}
      </Card>
      <Card variant="borderless" title={t('market.listing.details')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('market.listing.version')}>{detail.version}</Descriptions.Item>
          <Descriptions.Item label={t('market.listing.category')}>{categoryLabel(t, detail.category) ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('market.listing.requires')}>{moduleTags(detail.requires)}</Descriptions.Item>
          <Descriptions.Item label={t('market.listing.required-by')}>{moduleTags(detail.requiredBy)}</Descriptions.Item>
          <Descriptions.Item label={t('market.listing.entitlement')}>
            {detail.included
              ? t('market.source.included')
              : entitlement
                ? t(`market.source.${entitlement.source}`)
                : detail.plans.length === 0
                  ? t('market.price.free')
                  : t('market.listing.not-entitled')}
          </Descriptions.Item>
          <Descriptions.Item label={t('market.listing.ends-at')}>
            {entitlement ? (entitlement.endsAt ? formatDateTime(entitlement.endsAt) : t('market.listing.perpetual')) : '-'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {detail.screenshots.length > 0 ? (
        <Card variant="borderless" title={t('market.listing.screenshots')}>
          <Image.PreviewGroup>
            <Flex gap={16} wrap>
              {detail.screenshots.map((shot) => (
                <Flex key={shot.url} vertical gap={4} style={{ width: 240 }}>
                  <Image src={shot.url} alt={shot.caption ?? detail.title} width={240} height={150} style={{ objectFit: 'cover' }} />
                  {shot.caption ? <Typography.Text type="secondary">{shot.caption}</Typography.Text> : null}
                </Flex>
              ))}
            </Flex>
          </Image.PreviewGroup>
        </Card>
      ) : null}
      <Card variant="borderless" title={t('market.listing.plans')}>
        {detail.plans.length === 0 || detail.included ? (
          <Typography.Text type="secondary">{t(detail.included ? 'market.listing.included' : 'market.listing.free')}</Typography.Text>
        ) : (
          <ListingPlans plans={detail.plans} onBuy={canUpdate && offers.canBuy ? setBuy : undefined} />
        )}
      </Card>
      {buy !== undefined && canUpdate && detail.plans.length > 0 ? (
        <PurchaseDialog
          listing={detail}
          listings={all}
          initialPlan={buy}
          onClose={() => setBuy(undefined)}
          onOrdered={reloadAll}
          onEnable={detail.enabled ? undefined : () => enable(detail.name, true)}
        />
      ) : null}
    </Flex>
  );
}
