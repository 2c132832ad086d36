import { Button, Card, Flex, Input, Skeleton, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listTenants, type OperatorTenantView } from '../api/operator-market-api.ts';
import { useOperatorListings } from '../hooks/use-operator-listings.ts';
import { useOperatorTime } from '../hooks/use-operator-time.ts';
import { operatorPaths } from '../operator-paths.ts';

const filterKeys = ['search'] as const;

/** 企业: every company on the platform, its members, enabled modules and running entitlements. */
export default function TenantsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const formatTime = useOperatorTime();
  const { titleOf } = useOperatorListings({ quiet: true });
  const list = useServerList<OperatorTenantView>({ load: listTenants, filterKeys });
  const search = typeof list.query.search === 'string' ? list.query.search : '';

  const columns: TableColumnsType<OperatorTenantView> = [
    {
      key: 'name',
      title: t('operator.tenants.column.name'),
      render: (_, tenant) => (
        <Flex vertical>
          <Typography.Text strong>{tenant.name}</Typography.Text>
          <Typography.Text type="secondary" copyable={{ text: tenant.slug }} style={{ fontFamily: 'ui-monospace, monospace' }}>
            {tenant.slug}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'members', title: t('operator.tenants.column.members'), width: 90, align: 'right', render: (_, tenant) => tenant.memberCount.toLocaleString('en-US') },
    {
      key: 'modules',
      title: t('operator.tenants.column.modules'),
      render: (_, tenant) =>
        tenant.enabledModules.length === 0 ? (
          '-'
        ) : (
          <Flex wrap gap={4}>
            {tenant.enabledModules.map((plugin) => (
              <Tag key={plugin} style={{ marginInlineEnd: 0 }}>
                {titleOf(plugin)}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'entitlements',
      title: t('operator.tenants.column.entitlements'),
      width: 110,
      align: 'right',
      render: (_, tenant) => tenant.activeEntitlements.toLocaleString('en-US'),
    },
    { key: 'createdAt', title: t('operator.tenants.column.created-at'), width: 160, render: (_, tenant) => formatTime(tenant.createdAt) },
    {
      key: 'actions',
      fixed: 'right',
      title: t('common.actions'),
      width: 170,
      render: (_, tenant) => (
        <Flex gap={4}>
          <Button
            type="link"
            size="small"
            onClick={() => navigate(`${operatorPaths.entitlements}?tenantId=${tenant.id}&company=${encodeURIComponent(tenant.name)}`)}
          >
            {t('operator.menu.entitlements')}
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => navigate(`${operatorPaths.payments}?status=all&tenantId=${tenant.id}&company=${encodeURIComponent(tenant.name)}`)}
          >
            {t('operator.tenants.orders')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t('operator.menu.tenants')} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Input.Search
            key={search}
            defaultValue={search}
            allowClear
            maxLength={100}
            placeholder={t('operator.tenants.search')}
            onSearch={(value) => list.update({ search: value.trim() || undefined })}
            style={{ width: 320 }}
          />
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<OperatorTenantView>
              {...list.tableProps}
              columns={columns}
              scroll={{ x: 1000 }}
              locale={{
                emptyText: search ? (
                  <ListEmpty
                    title={t('operator.tenants.empty.filtered', { search })}
                    description={t('common.empty.filtered')}
                    action={<Button onClick={() => list.update({ search: undefined })}>{t('common.clear-filters')}</Button>}
                  />
                ) : (
                  <ListEmpty title={t('operator.tenants.empty.title')} description={t('operator.tenants.empty.description')} />
                ),
              }}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
