import { Button, Popconfirm, type TableColumnsType, Tag, Typography } from 'antd';
import type { MemberView } from '../../api/users-api.ts';

interface ColumnDeps {
  t: (key: string, vars?: Record<string, string>) => string;
  formatDateTime: (iso: string | null) => string;
  sortOrder: (key: string) => 'ascend' | 'descend' | null;
  currentUserId: string;
  onRemove: (member: MemberView) => void;
}

const roleColors = { owner: 'gold', admin: 'blue', member: 'default' } as const;

export function userColumns({
  t,
  formatDateTime,
  sortOrder,
  currentUserId,
  onRemove,
}: ColumnDeps): TableColumnsType<MemberView> {
  return [
    {
      key: 'displayName',
      title: t('settings.users.column.display-name'),
      sorter: true,
      sortOrder: sortOrder('displayName'),
      render: (_, member) => (
        <>
          {member.displayName}
          {member.id === currentUserId ? <Tag style={{ marginLeft: 8 }}>{t('settings.users.you')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'email',
      title: t('settings.users.column.email'),
      render: (_, member) => (member.email ? <Typography.Text copyable>{member.email}</Typography.Text> : '-'),
    },
    {
      key: 'mobile',
      title: t('settings.users.column.mobile'),
      render: (_, member) =>
        member.mobile ? (
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {member.mobile}
          </Typography.Text>
        ) : (
          '-'
        ),
    },
    {
      key: 'role',
      title: t('settings.users.column.role'),
      width: 110,
      render: (_, member) => <Tag color={roleColors[member.role]}>{t(`roles.${member.role}`)}</Tag>,
    },
    {
      key: 'joinedAt',
      title: t('settings.users.column.joined-at'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('joinedAt'),
      render: (_, member) => formatDateTime(member.joinedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, member) =>
        member.id === currentUserId ? null : (
          <Popconfirm
            title={t('settings.users.remove.confirm', { name: member.displayName })}
            description={t('settings.users.remove.detail')}
            okText={t('settings.users.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRemove(member)}
          >
            <Button type="link" size="small" danger>
              {t('settings.users.remove')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
}
