import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { type ApiTokenView, listApiTokens, revokeApiToken } from '../../api/api-tokens-api.ts';
import { useRoleNames } from '../../access/role-names-context.ts';
import { useAbility } from '../../access/use-ability.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { apiTokenColumns } from './api-token-columns.tsx';
import { ApiTokenDrawer } from './api-token-drawer.tsx';

export default function ApiTokensPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const { nameOf } = useRoleNames();
  const ability = useAbility();
  const list = useServerList<ApiTokenView>({ load: listApiTokens });
  const [isDrawerOpen, setDrawerOpen] = useState(false);

  const onRevoke = async (token: ApiTokenView) => {
    try {
      await revokeApiToken(token.id);
      void message.success(t('settings.api-tokens.revoked', { name: token.name }));
      list.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  const create = ability.can('create', 'ApiToken') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawerOpen(true)}>
      {t('settings.api-tokens.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle title={t('shell.menu.api-tokens')} extra={create} />
      <Card variant="borderless">
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<ApiTokenView>
            {...list.tableProps}
            columns={apiTokenColumns({
              t,
              roleName: nameOf,
              formatDateTime,
              canRevoke: ability.can('delete', 'ApiToken'),
              onRevoke,
            })}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <ListEmpty
                  title={t('settings.api-tokens.empty.title')}
                  description={t('settings.api-tokens.empty.description')}
                  action={create}
                />
              ),
            }}
          />
        )}
      </Card>
      <ApiTokenDrawer open={isDrawerOpen} onClose={() => setDrawerOpen(false)} onCreated={list.reload} />
    </>
  );
}
