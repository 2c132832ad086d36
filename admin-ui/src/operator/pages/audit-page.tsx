import { Button, Card, Descriptions, Flex, Select, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listOperatorAudit, type OperatorAuditView } from '../api/operator-market-api.ts';
import { CompanySelect } from '../components/company-select.tsx';
import { useOperatorListings } from '../hooks/use-operator-listings.ts';
import { useOperatorTime } from '../hooks/use-operator-time.ts';

const filterKeys = ['action', 'tenantId'] as const;

/** The actions the console and the command line write (core/operator/); an unknown one shows its code. */
export const operatorAuditActions = [
  'operator.sign-in',
  'operator.sign-in-failed',
  'operator.sign-out',
  'operator.create',
  'operator.disable',
  'listing.update',
  'order.confirm',
  'order.reject',
  'entitlement.grant',
  'entitlement.extend',
  'entitlement.revoke',
] as const;

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A detail value as people read it: times in the platform's zone, lists joined; nested objects stay JSON. */
function detailText(value: unknown, formatTime: (iso: string) => string): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return isoTime.test(value) ? formatTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return value.join(', ');
  return JSON.stringify(value);
}

/** Actions whose target is a module's name, shown by its title. */
const moduleTargets = new Set(['listing.update', 'entitlement.grant', 'entitlement.extend', 'entitlement.revoke']);

/** 操作日志: what operators did (sign-ins, prices, payments, entitlements), newest first. */
export default function AuditPage() {
  const { t } = useI18n();
  const formatTime = useOperatorTime();
  const [params] = useSearchParams();
  const { titleOf } = useOperatorListings({ quiet: true });
  const list = useServerList<OperatorAuditView>({ load: listOperatorAudit, filterKeys });
  const action = typeof list.query.action === 'string' ? list.query.action : undefined;
  const tenantId = typeof list.query.tenantId === 'string' ? list.query.tenantId : undefined;
  const companyName = list.data?.items.find((entry) => entry.tenantId === tenantId)?.companyName ?? params.get('company') ?? undefined;

  const detailLabel = (name: string) => {
    const key = `operator.audit.detail.${name}`;
    const label = t(key);
    return label === key ? name : label;
  };
  const actionLabel = (code: string) => {
    const key = `operator.audit.action.${code}`;
    const label = t(key);
    return label === key ? code : label;
  };

  const columns: TableColumnsType<OperatorAuditView> = [
    { key: 'createdAt', title: t('operator.audit.column.time'), width: 150, render: (_, entry) => formatTime(entry.createdAt) },
    {
      key: 'operator',
      title: t('operator.audit.column.operator'),
      width: 200,
      render: (_, entry) =>
        entry.operator ? (
          <Flex vertical>
            <Typography.Text>{entry.operator.displayName}</Typography.Text>
            <Typography.Text type="secondary">{entry.operator.email}</Typography.Text>
          </Flex>
        ) : (
          t(`operator.audit.via.${entry.via}`)
        ),
    },
    { key: 'action', title: t('operator.audit.column.action'), width: 140, render: (_, entry) => actionLabel(entry.action) },
    { key: 'company', title: t('operator.audit.column.company'), width: 180, render: (_, entry) => entry.companyName ?? '-' },
    {
      key: 'target',
      title: t('operator.audit.column.target'),
      width: 180,
      render: (_, entry) => (entry.target && moduleTargets.has(entry.action) ? titleOf(entry.target) : (entry.target ?? '-')),
    },
    { key: 'reason', title: t('operator.audit.column.reason'), render: (_, entry) => entry.reason ?? '-' },
  ];

  return (
    <>
      <PageTitle title={t('operator.menu.audit-log')} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <Select
              allowClear
              value={action}
              options={operatorAuditActions.map((value) => ({ value, label: actionLabel(value) }))}
              placeholder={t('operator.audit.column.action')}
              onChange={(value: string | undefined) => list.update({ action: value })}
              style={{ width: 200 }}
            />
            <CompanySelect value={tenantId} knownLabel={companyName} onChange={(id, name) => list.update({ tenantId: id, company: name })} style={{ width: 240 }} />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <Table<OperatorAuditView>
              {...list.tableProps}
              columns={columns}
              scroll={{ x: 1000 }}
              expandable={{
                rowExpandable: (entry) => Object.keys(entry.detail).length > 0,
                expandedRowRender: (entry) => (
                  <Descriptions size="small" column={1} bordered>
                    {Object.entries(entry.detail).map(([key, value]) => (
                      <Descriptions.Item key={key} label={detailLabel(key)}>
                        {detailText(value, formatTime)}
                      </Descriptions.Item>
                    ))}
                  </Descriptions>
                ),
              }}
              locale={{
                emptyText:
                  action || tenantId ? (
                    <ListEmpty
                      title={t('operator.audit.empty.filtered')}
                      description={t('common.empty.filtered')}
                      action={
                        <Button onClick={() => list.update({ action: undefined, tenantId: undefined, company: undefined })}>
                          {t('common.clear-filters')}
                        </Button>
                      }
                    />
                  ) : (
                    <ListEmpty title={t('operator.audit.empty.title')} description={t('operator.audit.empty.description')} />
                  ),
              }}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
