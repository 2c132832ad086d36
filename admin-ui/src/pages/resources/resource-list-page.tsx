import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Table } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ListQuery, ListResult } from '../../api/list-result.ts';
import { deleteRecord, listRecords, type ResourceRecord, runRecordAction } from '../../api/resource-api.ts';
import type { ResourceView } from '../../api/ui-extensions-api.ts';
import { ColumnSettings } from '../../components/column-settings.tsx';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useModuleOffCheck } from '../../extensions/module-off.ts';
import { useDateTime } from '../../format/use-date-time.ts';
import { useColumnVisibility } from '../../hooks/use-column-visibility.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSession } from '../../session/use-session.ts';
import type { ResourceAction } from './record-actions.ts';
import { recordPathOf, resourceColumns } from './resource-columns.tsx';
import { ResourceFilterBar } from './resource-filter-bar.tsx';
import {
  clearFiltersPatch,
  isListFiltered,
  resourceFilterKeys,
  resourceRequestQuery,
  searchParam,
  textParam,
} from './resource-list-params.ts';

const noRecords: ListResult<ResourceRecord> = { items: [], total: 0, page: 1, pageSize: 20 };

/**
 * The generic list screen of a plugin resource (`/m/<plugin>/<name>`): filter bar, server-side paged and
 * sorted table, 新建, and per row 编辑/查看, the actions the record allows now, and 删除 — all from the
 * resource's description in GET /api/ui-extensions.
 */
export default function ResourceListPage({ resource }: { resource: ResourceView }) {
  const { t } = useI18n();
  const { tenant } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const checkModuleOff = useModuleOffCheck();
  const filterKeys = useMemo(() => resourceFilterKeys(resource), [resource]);
  const { apiPath } = resource;
  // A module switched off meanwhile shows its page instead of an error message over an empty table.
  const load = useCallback(
    (query: ListQuery) =>
      listRecords(apiPath, resourceRequestQuery(query)).catch((error: unknown) => {
        if (checkModuleOff(error)) return noRecords;
        throw error;
      }),
    [apiPath, checkModuleOff],
  );
  const list = useServerList<ResourceRecord>({ load, filterKeys, defaultSort: resource.defaultSort });
  const [hidden, setHidden] = useColumnVisibility(`resource.${resource.plugin}.${resource.name}`);
  const [busyId, setBusyId] = useState<string | undefined>(undefined);

  const runOnRecord = async (record: ResourceRecord, call: () => Promise<unknown>, done: string) => {
    setBusyId(record.id);
    try {
      await call();
      void message.success(done);
    } catch (error) {
      if (!checkModuleOff(error)) showProblem(error);
    } finally {
      setBusyId(undefined);
      list.reload();
    }
  };

  const onDelete = (record: ResourceRecord) =>
    runOnRecord(record, () => deleteRecord(apiPath, record.id), t('resource.deleted', { title: resource.title }));
  const onAction = (record: ResourceRecord, action: ResourceAction) =>
    runOnRecord(record, () => runRecordAction(apiPath, record.id, action.name), t('resource.action.done', { action: action.title }));

  const columns = resourceColumns({
    resource,
    format: { t, formatDateTime },
    sortOrder: list.sortOrder,
    busyId,
    onOpen: (record) => navigate(recordPathOf(resource, record)),
    onDelete,
    onAction,
  });
  const choices = columns
    .filter((column) => column.key !== 'actions')
    .map((column) => ({ key: String(column.key), title: String(column.title) }));
  const createButton = resource.can.create ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`${resource.uiPath}/new`)}>
      {t('resource.new')}
    </Button>
  ) : null;
  const isFiltered = isListFiltered(list.query, filterKeys);
  const search = textParam(list.query, searchParam);

  return (
    <>
      <PageTitle title={resource.title} extra={createButton} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="flex-start" gap={12}>
            <ResourceFilterBar resource={resource} query={list.query} timeZone={tenant.timeZone} onChange={list.update} />
            <ColumnSettings columns={choices} hidden={hidden} onChange={setHidden} />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <Table<ResourceRecord>
              {...list.tableProps}
              data-testid="resource-table"
              columns={columns.filter((column) => !hidden.includes(String(column.key)))}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: isFiltered ? (
                  <ListEmpty
                    title={
                      search
                        ? t('resource.list.empty.search', { q: search })
                        : t('resource.list.empty.filtered')
                    }
                    description={t('common.empty.filtered')}
                    action={<Button onClick={() => list.update(clearFiltersPatch(filterKeys))}>{t('common.clear-filters')}</Button>}
                  />
                ) : (
                  <ListEmpty
                    title={t('resource.list.empty.title')}
                    description={t(
                      resource.can.create ? 'resource.list.empty.description' : 'resource.list.empty.read-only',
                      { title: resource.title },
                    )}
                    action={createButton}
                  />
                ),
              }}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
