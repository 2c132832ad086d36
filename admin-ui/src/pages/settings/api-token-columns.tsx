import { Button, Popconfirm, type TableColumnsType, Tag, Typography } from 'antd';
import type { ApiTokenView } from '../../api/api-tokens-api.ts';

interface ColumnDeps {
  t: (key: string, vars?: Record<string, string>) => string;
  roleName: (key: string) => string;
  formatDateTime: (iso: string | null) => string;
  /** Whether the user may revoke tokens; without it the column of actions is left out. */
  canRevoke: boolean;
  onRevoke: (token: ApiTokenView) => void;
}

type TokenState = 'active' | 'revoked' | 'expired';

function tokenState(token: ApiTokenView, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

const stateColors: Record<TokenState, string> = { active: 'success', revoked: 'default', expired: 'warning' };

export function apiTokenColumns({
  t,
  roleName,
  formatDateTime,
  canRevoke,
  onRevoke,
}: ColumnDeps): TableColumnsType<ApiTokenView> {
  const now = Date.now();
  const columns: TableColumnsType<ApiTokenView> = [
    { key: 'name', title: t('settings.api-tokens.column.name'), dataIndex: 'name' },
    {
      key: 'prefix',
      title: t('settings.api-tokens.column.prefix'),
      render: (_, token) => <Typography.Text code>{`${token.prefix}…`}</Typography.Text>,
    },
    {
      key: 'role',
      title: t('settings.api-tokens.column.role'),
      width: 100,
      render: (_, token) => roleName(token.role),
    },
    {
      key: 'state',
      title: t('settings.api-tokens.column.state'),
      width: 100,
      render: (_, token) => {
        const state = tokenState(token, now);
        return <Tag color={stateColors[state]}>{t(`settings.api-tokens.state.${state}`)}</Tag>;
      },
    },
    {
      key: 'createdAt',
      title: t('settings.api-tokens.column.created-at'),
      width: 160,
      render: (_, token) => formatDateTime(token.createdAt),
    },
    {
      key: 'lastUsedAt',
      title: t('settings.api-tokens.column.last-used-at'),
      width: 160,
      render: (_, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('settings.api-tokens.never-used')),
    },
    {
      key: 'expiresAt',
      title: t('settings.api-tokens.column.expires-at'),
      width: 160,
      render: (_, token) => (token.expiresAt ? formatDateTime(token.expiresAt) : t('settings.api-tokens.no-expiry')),
    },
  ];
  if (!canRevoke) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('settings.api-tokens.revoke.confirm', { name: token.name })}
            description={t('settings.api-tokens.revoke.detail')}
            okText={t('common.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRevoke(token)}
          >
            <Button type="link" size="small" danger>
              {t('common.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
}
