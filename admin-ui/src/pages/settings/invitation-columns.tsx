import { Button, Popconfirm, type TableColumnsType, Tag } from 'antd';
import type { InvitationStatus, InvitationView } from '../../api/invitations-api.ts';

interface ColumnDeps {
  t: (key: string, vars?: Record<string, string>) => string;
  roleName: (key: string) => string;
  formatDateTime: (iso: string | null) => string;
  /** Whether the user may revoke invitations; without it the column of actions is left out. */
  canRevoke: boolean;
  onRevoke: (invitation: InvitationView) => void;
}

const statusColors: Record<InvitationStatus, string> = {
  pending: 'processing',
  accepted: 'success',
  revoked: 'default',
  expired: 'warning',
};

export function invitationColumns({
  t,
  roleName,
  formatDateTime,
  canRevoke,
  onRevoke,
}: ColumnDeps): TableColumnsType<InvitationView> {
  const columns: TableColumnsType<InvitationView> = [
    { key: 'email', title: t('settings.invitations.column.email'), dataIndex: 'email' },
    {
      key: 'role',
      title: t('settings.invitations.column.role'),
      width: 110,
      render: (_, invitation) => roleName(invitation.role),
    },
    {
      key: 'status',
      title: t('settings.invitations.column.status'),
      width: 110,
      render: (_, invitation) => (
        <Tag color={statusColors[invitation.status]}>{t(`settings.invitations.status.${invitation.status}`)}</Tag>
      ),
    },
    {
      key: 'createdAt',
      title: t('settings.invitations.column.created-at'),
      width: 170,
      render: (_, invitation) => formatDateTime(invitation.createdAt),
    },
    {
      key: 'expiresAt',
      title: t('settings.invitations.column.expires-at'),
      width: 170,
      render: (_, invitation) => formatDateTime(invitation.expiresAt),
    },
  ];
  if (!canRevoke) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, invitation) =>
        invitation.status === 'pending' ? (
          <Popconfirm
            title={t('settings.invitations.revoke.confirm', { email: invitation.email })}
            description={t('settings.invitations.revoke.detail')}
            okText={t('common.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRevoke(invitation)}
          >
            <Button type="link" size="small" danger>
              {t('common.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
}
