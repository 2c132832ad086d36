import { Button, Flex, Popconfirm, type TableColumnsType, Tag, Typography } from 'antd';
import type { RoleView } from '../../../api/roles-api.ts';

interface ColumnDeps {
  t: (key: string, vars?: Record<string, string | number>) => string;
  formatDateTime: (iso: string | null) => string;
  sortOrder: (key: string) => 'ascend' | 'descend' | null;
  canUpdate: boolean;
  canDelete: boolean;
  onOpen: (role: RoleView) => void;
  onDelete: (role: RoleView) => void;
}

export function roleColumns({
  t,
  formatDateTime,
  sortOrder,
  canUpdate,
  canDelete,
  onOpen,
  onDelete,
}: ColumnDeps): TableColumnsType<RoleView> {
  return [
    {
      key: 'name',
      title: t('settings.roles.field.name'),
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, role) => (
        <Flex gap={8} align="center">
          <Typography.Link onClick={() => onOpen(role)}>{role.name}</Typography.Link>
          {role.builtIn ? <Tag color="blue">{t('settings.roles.built-in')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'key',
      title: t('settings.roles.field.key'),
      width: 160,
      render: (_, role) => <Typography.Text code>{role.key}</Typography.Text>,
    },
    {
      key: 'description',
      title: t('settings.roles.field.description'),
      ellipsis: true,
      render: (_, role) => role.description || '-',
    },
    {
      key: 'memberCount',
      title: t('settings.roles.column.member-count'),
      width: 100,
      align: 'right',
      render: (_, role) => role.memberCount.toLocaleString(),
    },
    {
      key: 'updatedAt',
      title: t('settings.roles.column.updated-at'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: (_, role) => formatDateTime(role.updatedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, role) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => onOpen(role)}>
            {t(canUpdate && role.editable ? 'common.edit' : 'common.view')}
          </Button>
          {canDelete && !role.builtIn ? (
            <Popconfirm
              title={t('settings.roles.delete.confirm', { name: role.name })}
              description={t('settings.roles.delete.detail')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => onDelete(role)}
            >
              <Button type="link" size="small" danger>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ),
    },
  ];
}
