import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Skeleton, Table } from 'antd';
import { deleteRole, listRoles, type RoleView } from '../../../api/roles-api.ts';
import { useRoleNames } from '../../../access/role-names-context.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import { useServerList } from '../../../hooks/use-server-list.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSessionState } from '../../../session/use-session.ts';
import { AccessPreviewDrawer } from './access-preview-drawer.tsx';
import { RoleEditorDrawer } from './role-editor-drawer.tsx';
import { roleColumns } from './role-columns.tsx';

export default function RolesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ability = useAbility();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const roleNames = useRoleNames();
  const { refresh } = useSessionState();
  const list = useServerList<RoleView>({ load: listRoles, defaultSort: 'name' });
  // `?role=<id>` or `?role=new` opens the editor, `?preview=[<userId>]` the "test as user" drawer.
  const [roleId, setRoleId] = useSearchParam('role');
  const [previewUserId, setPreviewUserId] = useSearchParam('preview');

  // The signed-in user may hold the changed role: their rules (menu, buttons) come with the session.
  const afterChange = () => {
    list.reload();
    roleNames.reload();
    void refresh();
  };

  const onDelete = async (role: RoleView) => {
    try {
      await deleteRole(role.id);
      void message.success(t('settings.roles.deleted', { name: role.name }));
      afterChange();
    } catch (error) {
      showProblem(error);
    }
  };

  const create = ability.can('create', 'Role') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setRoleId('new')}>
      {t('settings.roles.new')}
    </Button>
  ) : null;
  const preview = ability.can('read', 'Member') ? (
    <Button icon={<ExperimentOutlined />} onClick={() => setPreviewUserId('')}>
      {t('settings.roles.preview.title')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle
        title={t('shell.menu.roles')}
        extra={
          <>
            {preview}
            {create}
          </>
        }
      />
      <Card variant="borderless">
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<RoleView>
            {...list.tableProps}
            columns={roleColumns({
              t,
              formatDateTime,
              sortOrder: list.sortOrder,
              canUpdate: ability.can('update', 'Role'),
              canDelete: ability.can('delete', 'Role'),
              onOpen: (role) => setRoleId(role.id),
              onDelete,
            })}
            scroll={{ x: 900 }}
            locale={{
              emptyText: (
                <ListEmpty
                  title={t('settings.roles.empty.title')}
                  description={t('settings.roles.empty.description')}
                  action={create}
                />
              ),
            }}
          />
        )}
      </Card>
      {roleId !== undefined ? (
        <RoleEditorDrawer
          key={roleId}
          roleId={roleId}
          onClose={() => setRoleId(undefined)}
          onSaved={() => {
            setRoleId(undefined);
            afterChange();
          }}
        />
      ) : null}
      {previewUserId !== undefined ? (
        <AccessPreviewDrawer
          userId={previewUserId || undefined}
          onUserChange={(id) => setPreviewUserId(id ?? '')}
          onClose={() => setPreviewUserId(undefined)}
        />
      ) : null}
    </>
  );
}
