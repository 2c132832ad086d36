import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Skeleton, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listOperatorEntitlements, type OperatorEntitlementRow } from '../api/operator-market-api.ts';
import { CompanySelect } from '../components/company-select.tsx';
import { useOperatorListings } from '../hooks/use-operator-listings.ts';
import { useOperatorTime } from '../hooks/use-operator-time.ts';
import { ExtendDialog, GrantDialog, RevokeDialog } from './entitlement-dialogs.tsx';

const filterKeys = ['tenantId', 'plugin', 'status'] as const;
const sourceColors = { trial: 'processing', paid: 'blue', granted: 'purple' } as const;

type Dialog = { kind: 'grant' } | { kind: 'extend' | 'revoke'; entitlement: OperatorEntitlementRow };

/** 授权: every company's entitlements (trials, purchases, grants), by company, module and state; grant, extend, revoke. */
export default function EntitlementsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formatTime = useOperatorTime();
  const [params] = useSearchParams();
  const { titleOf, moduleOptions } = useOperatorListings({ quiet: true });
  const list = useServerList<OperatorEntitlementRow>({ load: listOperatorEntitlements, filterKeys });
  const [dialog, setDialog] = useState<Dialog | undefined>(undefined);
  const text = (key: (typeof filterKeys)[number]) => (typeof list.query[key] === 'string' ? list.query[key] : undefined);
  const tenantId = text('tenantId');
  const companyName = list.data?.items.find((item) => item.tenantId === tenantId)?.companyName ?? params.get('company') ?? undefined;
  const isFiltered = filterKeys.some((key) => text(key) !== undefined);

  const done = (key: string) => {
    setDialog(undefined);
    list.reload();
    void message.success(t(key));
  };

  const columns: TableColumnsType<OperatorEntitlementRow> = [
    { key: 'company', title: t('operator.entitlements.column.company'), width: 200, render: (_, item) => item.companyName },
    { key: 'module', title: t('operator.entitlements.column.module'), width: 160, render: (_, item) => titleOf(item.plugin) },
    {
      key: 'source',
      title: t('operator.entitlements.column.source'),
      width: 110,
      render: (_, item) => <Tag color={sourceColors[item.source]}>{t(`market.source.${item.source}`)}</Tag>,
    },
    { key: 'startsAt', title: t('operator.entitlements.column.starts-at'), width: 150, render: (_, item) => formatTime(item.startsAt) },
    {
      key: 'endsAt',
      title: t('operator.entitlements.column.ends-at'),
      width: 150,
      render: (_, item) => (item.endsAt ? formatTime(item.endsAt) : t('market.listing.perpetual')),
    },
    {
      key: 'status',
      title: t('operator.entitlements.column.status'),
      width: 90,
      render: (_, item) =>
        item.active ? <Tag color="success">{t('operator.entitlements.status.active')}</Tag> : <Tag>{t('operator.entitlements.status.ended')}</Tag>,
    },
    { key: 'updatedAt', title: t('operator.entitlements.column.updated-at'), width: 150, render: (_, item) => formatTime(item.updatedAt) },
    {
      key: 'actions',
      fixed: 'right',
      title: t('common.actions'),
      width: 130,
      render: (_, item) => (
        <Flex gap={4}>
          {item.endsAt !== null ? (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'extend', entitlement: item })}>
              {t('operator.entitlements.extend')}
            </Button>
          ) : null}
          <Button type="link" size="small" danger onClick={() => setDialog({ kind: 'revoke', entitlement: item })}>
            {t('operator.entitlements.revoke')}
          </Button>
        </Flex>
      ),
    },
  ];

  const grantButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'grant' })}>
      {t('operator.entitlements.grant')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('operator.menu.entitlements')} extra={grantButton} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <CompanySelect
              value={tenantId}
              knownLabel={companyName}
              onChange={(id, name) => list.update({ tenantId: id, company: name })}
              style={{ width: 240 }}
              testId="filter-company"
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={text('plugin')}
              options={moduleOptions}
              placeholder={t('operator.filter.module')}
              onChange={(plugin: string | undefined) => list.update({ plugin })}
              style={{ width: 200 }}
            />
            <Select
              allowClear
              value={text('status')}
              options={['active', 'ended'].map((value) => ({ value, label: t(`operator.entitlements.status.${value}`) }))}
              placeholder={t('operator.entitlements.column.status')}
              onChange={(status: string | undefined) => list.update({ status })}
              style={{ width: 120 }}
            />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<OperatorEntitlementRow>
              {...list.tableProps}
              columns={columns}
              scroll={{ x: 1150 }}
              locale={{
                emptyText: isFiltered ? (
                  <ListEmpty
                    title={t('operator.entitlements.empty.filtered')}
                    description={t('common.empty.filtered')}
                    action={
                      <Button onClick={() => list.update({ tenantId: undefined, company: undefined, plugin: undefined, status: undefined })}>
                        {t('common.clear-filters')}
                      </Button>
                    }
                  />
                ) : (
                  <ListEmpty
                    title={t('operator.entitlements.empty.title')}
                    description={t('operator.entitlements.empty.description')}
                    action={grantButton}
                  />
                ),
              }}
            />
          )}
        </Flex>
      </Card>
      {dialog?.kind === 'grant' ? (
        <GrantDialog
          moduleOptions={moduleOptions}
          initialTenant={tenantId && companyName ? { id: tenantId, name: companyName } : undefined}
          onClose={() => setDialog(undefined)}
          onDone={() => done('operator.entitlements.granted')}
        />
      ) : null}
      {dialog?.kind === 'extend' ? (
        <ExtendDialog
          entitlement={dialog.entitlement}
          titleOf={titleOf}
          onClose={() => setDialog(undefined)}
          onDone={() => done('operator.entitlements.extended')}
        />
      ) : null}
      {dialog?.kind === 'revoke' ? (
        <RevokeDialog
          entitlement={dialog.entitlement}
          titleOf={titleOf}
          onClose={() => setDialog(undefined)}
          onDone={() => done('operator.entitlements.revoked')}
        />
      ) : null}
    </>
  );
}
