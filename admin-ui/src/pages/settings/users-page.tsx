import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { listUsers, type MemberView, removeUser } from '../../api/users-api.ts';
import { useRoleNames } from '../../access/role-names-context.ts';
import { useAbility } from '../../access/use-ability.ts';
import { useDepartments } from '../../access/use-departments.ts';
import { ColumnSettings } from '../../components/column-settings.tsx';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useColumnVisibility } from '../../hooks/use-column-visibility.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSession, useSessionState } from '../../session/use-session.ts';
import { MemberAccessDrawer } from './member-access-drawer.tsx';
import { userColumns } from './user-columns.tsx';
import { userFilterKeys, UserFilters, type UserFilterValues } from './user-filters.tsx';

const invitePath = '/settings/invitations?invite=1';

const textOf = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export default function UsersPage() {
  const { t } = useI18n();
  const session = useSession();
  const { refresh } = useSessionState();
  const ability = useAbility();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const { roles, nameOf } = useRoleNames();
  const { departments } = useDepartments({ enabled: ability.can('read', 'Department'), quiet: true });
  const list = useServerList<MemberView>({ load: listUsers, filterKeys: userFilterKeys, defaultSort: 'joinedAt' });
  const [hidden, setHidden] = useColumnVisibility('users');
  const [editing, setEditing] = useState<MemberView | undefined>(undefined);
  const filters: UserFilterValues = {
    q: textOf(list.query.q) ?? '',
    departmentId: textOf(list.query.departmentId),
    role: textOf(list.query.role),
  };
  const isFiltered = Boolean(filters.q || filters.departmentId || filters.role);

  const onRemove = async (member: MemberView) => {
    try {
      await removeUser(member.id);
      void message.success(t('settings.users.removed', { name: member.displayName }));
      list.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  const columns = userColumns({
    t,
    formatDateTime,
    sortOrder: list.sortOrder,
    roleName: nameOf,
    currentUserId: session.user.id,
    canEditAccess: ability.can('update', 'Member'),
    canRemove: ability.can('delete', 'Member'),
    onEditAccess: setEditing,
    onRemove,
  });
  const choices = columns.map((column) => ({ key: String(column.key), title: String(column.title) }));
  const invite = ability.can('create', 'Invitation') ? (
    <Button type="primary" icon={<UserAddOutlined />} onClick={() => navigate(invitePath)}>
      {t('settings.users.invite')}
    </Button>
  ) : null;
  const clearFilters = (
    <Button onClick={() => list.update({ q: undefined, departmentId: undefined, role: undefined })}>
      {t('common.clear-filters')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('shell.menu.users')} extra={invite} />
      <Card variant="borderless">
        <Flex justify="space-between" gap={12} style={{ marginBottom: 16 }}>
          <UserFilters values={filters} departments={departments} roles={roles} onChange={list.update} />
          <ColumnSettings columns={choices} hidden={hidden} onChange={setHidden} />
        </Flex>
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<MemberView>
            {...list.tableProps}
            columns={columns.filter((column) => !hidden.includes(String(column.key)))}
            scroll={{ x: 1100 }}
            locale={{
              emptyText: isFiltered ? (
                <ListEmpty
                  title={
                    filters.q
                      ? t('settings.users.empty.filtered', { q: filters.q })
                      : t('settings.users.empty.no-match')
                  }
                  description={t('common.empty.filtered')}
                  action={clearFilters}
                />
              ) : (
                <ListEmpty
                  title={t('settings.users.empty.title')}
                  description={t('settings.users.empty.description')}
                  action={invite}
                />
              ),
            }}
          />
        )}
      </Card>
      {editing ? (
        <MemberAccessDrawer
          member={editing}
          departments={departments}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            list.reload();
            // Changing one's own roles changes one's own rules, which the session carries.
            if (saved.id === session.user.id) void refresh();
          }}
        />
      ) : null}
    </>
  );
}
