import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { listMyModules, type MarketListingView, type MyModuleView } from '../../api/market-api.ts';
import { useAbility } from '../../access/use-ability.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listingPath, marketPath } from './market-paths.ts';
import { DisableButton, EnableButton, type ModuleLinks, toModuleLinks } from './module-switch-buttons.tsx';
import { moduleSource, myModuleActions, periodEnd } from './my-module-state.ts';
import { PurchaseDialog } from './purchase-dialog.tsx';
import { useListings } from './use-listings.ts';
import { useModuleSwitch } from './use-module-switch.ts';

const noQuery = {};

function useMyModules() {
  const showProblem = useShowProblem();
  const [modules, setModules] = useState<{ items: MyModuleView[]; loadedAt: Date } | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    listMyModules()
      .then((answer) => {
        if (request === latest.current) setModules({ items: answer.items, loadedAt: new Date() });
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [showProblem]);
  useEffect(reload, [reload]);
  return { modules, loading, reload };
}

/** A module the catalog no longer shows, as the purchase dialog reads it: renewable on its last plan only. */
function renewalListing(module: MyModuleView): MarketListingView {
  return {
    name: module.name,
    title: module.title,
    description: '',
    category: null,
    icon: null,
    version: '0.0.0',
    requires: [],
    plans: module.lastPlan ? [module.lastPlan] : [],
    trialDays: 0,
    included: module.included,
    screenshots: [],
    entitlement: module.entitlement,
    trialUsed: true,
    enabled: module.enabled,
    readOnlyUntil: module.readOnlyUntil,
  };
}

/** 我的模块: what the company holds or uses, until when, and 续费 / 启用 / 停用 / 查看. */
export default function MyModulesPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const canUpdate = useAbility().can('update', 'Plugin');
  const { modules, loading, reload } = useMyModules();
  const { listings, reload: reloadListings } = useListings(noQuery);
  const [renewing, setRenewing] = useState<{ module: MyModuleView; plan: string | undefined } | undefined>(undefined);

  const listingOf = useCallback((name: string) => listings?.items.find((item) => item.name === name), [listings]);
  const links = useMemo<ModuleLinks[]>(() => {
    const known = (listings?.items ?? []).map(toModuleLinks);
    const extra = (modules?.items ?? [])
      .filter((module) => !known.some((item) => item.name === module.name))
      .map((module) => ({ name: module.name, title: module.title, requires: [], enabled: module.enabled }));
    return [...known, ...extra];
  }, [listings, modules]);
  const titleOf = useCallback((name: string) => links.find((item) => item.name === name)?.title ?? name, [links]);
  const reloadAll = useCallback(() => {
    reload();
    reloadListings();
  }, [reload, reloadListings]);
  const { busy, enable, disable } = useModuleSwitch(titleOf, reloadAll);
  const now = modules?.loadedAt ?? new Date(0);

  const columns: TableColumnsType<MyModuleView> = [
    {
      key: 'module',
      title: t('market.my-modules.column.module'),
      render: (_, module) => (
        <Link to={listingPath(module.name)}>
          <Typography.Text strong>{module.title}</Typography.Text>
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('market.my-modules.column.status'),
      width: 110,
      render: (_, module) =>
        module.enabled ? (
          <Tag color="success">{t('settings.modules.status.enabled')}</Tag>
        ) : (
          <Tag>{t('settings.modules.status.disabled')}</Tag>
        ),
    },
    {
      key: 'source',
      title: t('market.my-modules.column.source'),
      width: 130,
      render: (_, module) => t(`market.source.${moduleSource(module)}`),
    },
    {
      key: 'endsAt',
      title: t('market.my-modules.column.ends-at'),
      width: 230,
      render: (_, module) => {
        const end = periodEnd(module, now);
        if (end.kind === 'none') return '-';
        if (end.kind === 'perpetual') return t('market.listing.perpetual');
        return (
          <Flex gap={6} align="center" wrap>
            {formatDateTime(end.at)}
            {end.ended ? (
              <Tag color="error">{t('market.badge.expired')}</Tag>
            ) : end.daysLeft <= 7 ? (
              <Tag color="warning">{t('market.my-modules.days-left', { days: end.daysLeft })}</Tag>
            ) : null}
          </Flex>
        );
      },
    },
    {
      key: 'readOnlyUntil',
      title: t('market.my-modules.column.read-only-until'),
      width: 160,
      render: (_, module) => formatDateTime(module.readOnlyUntil),
    },
    {
      key: 'actions',
      fixed: 'right',
      title: t('common.actions'),
      width: 220,
      render: (_, module) => {
        const actions = myModuleActions(module, listingOf(module.name));
        const self = links.find((item) => item.name === module.name) ?? { ...toModuleLinks({ ...module, requires: [] }) };
        return (
          <Flex gap={4} wrap>
            {canUpdate && actions.renew ? (
              <Button type="link" size="small" onClick={() => setRenewing({ module, plan: actions.renewPlan })}>
                {t(actions.renew === 'renew' ? 'market.action.renew' : 'market.action.buy')}
              </Button>
            ) : null}
            {canUpdate && module.enabled ? <DisableButton module={self} modules={links} busy={busy} onDisable={disable} /> : null}
            {canUpdate && actions.canEnable ? <EnableButton module={self} modules={links} busy={busy} onEnable={enable} /> : null}
            <Button type="link" size="small" onClick={() => navigate(listingPath(module.name))}>
              {t('common.view')}
            </Button>
          </Flex>
        );
      },
    },
  ];

  const renewingListing = renewing ? (listingOf(renewing.module.name) ?? renewalListing(renewing.module)) : undefined;
  return (
    <>
      <PageTitle
        title={t('market.menu.my-modules')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={reloadAll} loading={loading && modules !== undefined}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card variant="borderless">
        {modules === undefined ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<MyModuleView>
            rowKey="name"
            dataSource={modules.items}
            loading={loading}
            columns={columns}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <ListEmpty
                  title={t('market.my-modules.empty.title')}
                  description={t('market.my-modules.empty.description')}
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
      </Card>
      {renewing && renewingListing && renewingListing.plans.length > 0 ? (
        <PurchaseDialog
          listing={renewingListing}
          listings={listings?.items ?? []}
          initialPlan={renewing.plan}
          onClose={() => setRenewing(undefined)}
          onOrdered={reloadAll}
          onEnable={renewing.module.enabled ? undefined : () => enable(renewing.module.name, true)}
        />
      ) : null}
    </>
  );
}
