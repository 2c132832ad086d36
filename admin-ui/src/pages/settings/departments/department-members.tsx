import { Card, Skeleton, Table, Tag } from 'antd';
import { useRoleNames } from '../../../access/role-names-context.ts';
import { listUsers, type MemberView } from '../../../api/users-api.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { useServerList } from '../../../hooks/use-server-list.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

const filterKeys = ['departmentId'] as const;

/** Members of the department chosen in the tree (`?departmentId=` in the URL), paged by the server. */
export function DepartmentMembers({ title }: { title: string }) {
  const { t } = useI18n();
  const { nameOf } = useRoleNames();
  const list = useServerList<MemberView>({ load: listUsers, filterKeys, defaultSort: 'joinedAt' });

  return (
    <Card variant="borderless" title={title}>
      {list.isFirstLoad ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <Table<MemberView>
          {...list.tableProps}
          size="small"
          columns={[
            { key: 'displayName', title: t('settings.users.column.display-name'), dataIndex: 'displayName' },
            {
              key: 'contact',
              title: t('settings.users.column.email'),
              render: (_, member) => member.email ?? member.mobile ?? '-',
            },
            {
              key: 'roles',
              title: t('settings.users.column.role'),
              render: (_, member) => member.roles.map((key) => <Tag key={key}>{nameOf(key)}</Tag>),
            },
          ]}
          locale={{
            emptyText: (
              <ListEmpty
                title={t('settings.departments.members.empty.title')}
                description={t('settings.departments.members.empty.description')}
              />
            ),
          }}
        />
      )}
    </Card>
  );
}
