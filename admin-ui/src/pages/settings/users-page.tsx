import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Skeleton, Table } from 'antd';
import { useNavigate } from 'react-router';
import { listUsers, type MemberView, removeUser } from '../../api/users-api.ts';
import { ColumnSettings } from '../../components/column-settings.tsx';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useColumnVisibility } from '../../hooks/use-column-visibility.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSession } from '../../session/use-session.ts';
import { userColumns } from './user-columns.tsx';

const filterKeys = ['q'] as const;
const invitePath = '/settings/invitations?invite=1';

export default function UsersPage() {
  const { t } = useI18n();
  const session = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const list = useServerList<MemberView>({ load: listUsers, filterKeys, defaultSort: 'joinedAt' });
  const [hidden, setHidden] = useColumnVisibility('users');
  const q = typeof list.query.q === 'string' ? list.query.q : '';

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
    currentUserId: session.user.id,
    onRemove,
  });
  const choices = columns.map((column) => ({ key: String(column.key), title: String(column.title) }));
  const invite = (
    <Button type="primary" icon={<UserAddOutlined />} onClick={() => navigate(invitePath)}>
      {t('settings.users.invite')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('shell.menu.users')} extra={invite} />
      <Card variant="borderless">
        <Flex justify="space-between" gap={12} style={{ marginBottom: 16 }}>
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            placeholder={t('settings.users.search')}
            onSearch={(value) => list.update({ q: value.trim() || undefined })}
            style={{ maxWidth: 320 }}
          />
          <ColumnSettings columns={choices} hidden={hidden} onChange={setHidden} />
        </Flex>
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<MemberView>
            {...list.tableProps}
            columns={columns.filter((column) => !hidden.includes(String(column.key)))}
            locale={{
              emptyText: q ? (
                <ListEmpty
                  title={t('settings.users.empty.filtered', { q })}
                  description={t('common.empty.filtered')}
                  action={<Button onClick={() => list.update({ q: undefined })}>{t('common.clear-filters')}</Button>}
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
    </>
  );
}
