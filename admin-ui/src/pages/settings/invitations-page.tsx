import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Skeleton, Table } from 'antd';
import { type InvitationView, listInvitations, revokeInvitation } from '../../api/invitations-api.ts';
import { useRoleNames } from '../../access/role-names-context.ts';
import { useAbility } from '../../access/use-ability.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useSearchParam } from '../../hooks/use-search-param.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { invitationColumns } from './invitation-columns.tsx';
import { InviteDrawer } from './invite-drawer.tsx';

export default function InvitationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const { nameOf } = useRoleNames();
  const ability = useAbility();
  const list = useServerList<InvitationView>({ load: listInvitations });
  const [invite, setInvite] = useSearchParam('invite');
  const isDrawerOpen = invite === '1';
  const setDrawerOpen = (open: boolean) => setInvite(open ? '1' : undefined);

  const onRevoke = async (invitation: InvitationView) => {
    try {
      await revokeInvitation(invitation.id);
      void message.success(t('settings.invitations.revoked', { email: invitation.email }));
      list.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  const create = ability.can('create', 'Invitation') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawerOpen(true)}>
      {t('settings.invitations.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle title={t('shell.menu.invitations')} extra={create} />
      <Card variant="borderless">
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<InvitationView>
            {...list.tableProps}
            columns={invitationColumns({
              t,
              roleName: nameOf,
              formatDateTime,
              canRevoke: ability.can('delete', 'Invitation'),
              onRevoke,
            })}
            locale={{
              emptyText: (
                <ListEmpty
                  title={t('settings.invitations.empty.title')}
                  description={t('settings.invitations.empty.description')}
                  action={create}
                />
              ),
            }}
          />
        )}
      </Card>
      <InviteDrawer open={isDrawerOpen} onClose={() => setDrawerOpen(false)} onCreated={list.reload} />
    </>
  );
}
