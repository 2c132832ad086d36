import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Skeleton, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../access/use-ability.ts';
import { useRoleNames } from '../../access/role-names-context.ts';
import { type DashboardSummary, deleteDashboard, listDashboards } from '../../api/dashboards-api.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { RowActions } from '../../components/row-actions.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { DashboardTemplateButton } from '../reports/templates/dashboard-template-button.tsx';
import { dashboardEditPath, dashboardPath, newDashboardPath } from './dashboard-paths.ts';

const filterKeys = ['search'] as const;

/** 数据看板: the company's dashboards, searched and paged by the server; 新建 opens the editor. */
export default function DashboardsListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ability = useAbility();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const { nameOf } = useRoleNames();
  const list = useServerList<DashboardSummary>({ load: listDashboards, filterKeys });
  const search = typeof list.query.search === 'string' ? list.query.search : '';
  const mayUpdate = ability.can('update', 'Dashboard');
  const mayDelete = ability.can('delete', 'Dashboard');
  useDocumentTitle(t('dashboards.menu'));

  const remove = async (dashboard: DashboardSummary) => {
    try {
      await deleteDashboard(dashboard.id);
      void message.success(t('dashboards.list.deleted', { title: dashboard.title }));
      list.reload();
    } catch (error) {
      showProblem(error);
    }
  };

  // a template also makes a report per widget
  const create = ability.can('create', 'Dashboard') ? (
    <Flex gap={8} wrap justify="center">
      {ability.can('create', 'Report') ? <DashboardTemplateButton /> : null}
      <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newDashboardPath)}>
        {t('dashboards.list.new')}
      </Button>
    </Flex>
  ) : null;

  const actions = (dashboard: DashboardSummary) => (
    <RowActions
      viewTo={dashboardPath(dashboard.id)}
      editTo={mayUpdate ? dashboardEditPath(dashboard.id) : undefined}
      remove={
        mayDelete
          ? { title: t('dashboards.list.delete.title', { title: dashboard.title }), detail: t('dashboards.list.delete.detail'), onConfirm: () => remove(dashboard) }
          : undefined
      }
    />
  );

  return (
    <>
      <PageTitle title={t('dashboards.menu')} extra={create} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Input.Search
            key={search}
            defaultValue={search}
            allowClear
            placeholder={t('dashboards.list.search')}
            onSearch={(value) => list.update({ search: value.trim() || undefined })}
            style={{ width: 280, maxWidth: '100%' }}
            data-testid="dashboards-search"
          />
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<DashboardSummary>
              {...list.tableProps}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  key: 'title',
                  title: t('dashboards.field.title'),
                  render: (_, dashboard) => <Link to={dashboardPath(dashboard.id)}>{dashboard.title}</Link>,
                },
                {
                  key: 'defaultForRoles',
                  title: t('dashboards.field.default-for-roles'),
                  render: (_, dashboard) =>
                    dashboard.defaultForRoles.length === 0
                      ? '-'
                      : dashboard.defaultForRoles.map((role) => (
                          <Tag key={role} color="blue">
                            {nameOf(role)}
                          </Tag>
                        )),
                },
                { key: 'updatedAt', title: t('dashboards.list.updated-at'), render: (_, dashboard) => formatDateTime(dashboard.updatedAt) },
                { key: 'actions', title: t('common.actions'), render: (_, dashboard) => actions(dashboard) },
              ]}
              onRow={(dashboard) => ({ onDoubleClick: () => void navigate(dashboardPath(dashboard.id)) })}
              locale={{
                emptyText: search ? (
                  <ListEmpty title={t('common.no-match')} description={t('common.empty.filtered')} />
                ) : (
                  <ListEmpty title={t('dashboards.list.empty.title')} description={t('dashboards.list.empty.description')} action={create} />
                ),
              }}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
