import { Button, Flex, Popconfirm, type TableColumnsType, Tag, Typography } from 'antd';
import type { MemberView } from '../../api/users-api.ts';

interface ColumnDeps {
  t: (key: string, vars?: Record<string, string>) => string;
  formatDateTime: (iso: string | null) => string;
  sortOrder: (key: string) => 'ascend' | 'descend' | null;
  roleName: (key: string) => string;
  currentUserId: string;
  canEditAccess: boolean;
  canRemove: boolean;
  onEditAccess: (member: MemberView) => void;
  onRemove: (member: MemberView) => void;
}

const builtInColors: Record<string, string> = { owner: 'gold', admin: 'blue' };

export function userColumns({
  t,
  formatDateTime,
  sortOrder,
  roleName,
  currentUserId,
  canEditAccess,
  canRemove,
  onEditAccess,
  onRemove,
}: ColumnDeps): TableColumnsType<MemberView> {
  const columns: TableColumnsType<MemberView> = [
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
      key: 'roles',
      title: t('settings.users.column.role'),
      render: (_, member) => (
        <Flex gap={4} wrap>
          {member.roles.map((key) => (
            <Tag key={key} color={builtInColors[key]} style={{ marginInlineEnd: 0 }}>
              {roleName(key)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'departments',
      title: t('settings.users.column.departments'),
      render: (_, member) =>
        member.departments.length > 0 ? member.departments.map((department) => department.name).join('、') : '-',
    },
    {
      key: 'joinedAt',
      title: t('settings.users.column.joined-at'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('joinedAt'),
      render: (_, member) => formatDateTime(member.joinedAt),
    },
  ];
  if (!canEditAccess && !canRemove) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.actions'),
      width: 160,
      render: (_, member) => (
        <Flex gap={4}>
          {canEditAccess ? (
            <Button type="link" size="small" onClick={() => onEditAccess(member)}>
              {t('settings.users.access')}
            </Button>
          ) : null}
          {canRemove && member.id !== currentUserId ? (
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
          ) : null}
        </Flex>
      ),
    },
  ];
}
