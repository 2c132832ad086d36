import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Table } from 'antd';
import { type AuditEntryView, exportAuditLog, listAuditLog } from '../../../api/audit-log-api.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { useAccessCatalog } from '../../../access/use-access-catalog.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { saveFile } from '../../../components/save-file.ts';
import { dayjs } from '../../../format/dayjs-setup.ts';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useServerList } from '../../../hooks/use-server-list.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { AuditChanges, hasAuditDetail } from './audit-changes.tsx';
import { auditColumns } from './audit-columns.tsx';
import { AuditFilterBar, auditFilterKeys, type AuditFilters } from './audit-filters.tsx';

/** 审计日志: who did what when, filtered and paged by the server, exported as CSV with the same filters. */
export default function AuditLogPage() {
  const { t } = useI18n();
  const { tenant } = useSession();
  const ability = useAbility();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const { catalog } = useAccessCatalog({ quiet: true });
  const subjects = catalog?.subjects ?? [];
  const list = useServerList<AuditEntryView>({
    load: listAuditLog,
    filterKeys: auditFilterKeys,
    defaultSort: '-occurredAt',
  });
  const [exporting, runExport] = useSubmit();
  const filters: AuditFilters = Object.fromEntries(
    auditFilterKeys.flatMap((key) => (typeof list.query[key] === 'string' ? [[key, list.query[key]]] : [])),
  );
  const isFiltered = Object.keys(filters).length > 0;
  // A bookmarked actor filter is named from the entries it shows until the member search finds them.
  const actorEntry = list.data?.items.find((entry) => entry.actor.userId === filters.actorId);
  const actorLabel = actorEntry?.actor.displayName ?? undefined;

  const onExport = () =>
    runExport(async () => {
      try {
        const file = await exportAuditLog(filters, `audit-log-${dayjs().format('YYYYMMDD-HHmm')}.csv`);
        saveFile(file.blob, file.fileName);
      } catch (error) {
        showProblem(error);
      }
    });

  const exportButton = ability.can('export', 'AuditLog') ? (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport}>
      {t('settings.audit-log.export')}
    </Button>
  ) : null;
  const clearFilters = (
    <Button onClick={() => list.update(Object.fromEntries(auditFilterKeys.map((key) => [key, undefined])))}>
      {t('common.clear-filters')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('shell.menu.audit-log')} extra={exportButton} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <AuditFilterBar
            filters={filters}
            subjects={subjects}
            timeZone={tenant.timeZone}
            actorLabel={actorLabel}
            onChange={list.update}
          />
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <Table<AuditEntryView>
              {...list.tableProps}
              columns={auditColumns({ t, formatDateTime, sortOrder: list.sortOrder, subjects })}
              scroll={{ x: 1000 }}
              expandable={{
                rowExpandable: hasAuditDetail,
                expandedRowRender: (entry) => (
                  <AuditChanges entry={entry} subject={subjects.find((subject) => subject.key === entry.subject)} />
                ),
              }}
              locale={{
                emptyText: isFiltered ? (
                  <ListEmpty
                    title={t('settings.audit-log.empty.filtered')}
                    description={t('common.empty.filtered')}
                    action={clearFilters}
                  />
                ) : (
                  <ListEmpty
                    title={t('settings.audit-log.empty.title')}
                    description={t('settings.audit-log.empty.description')}
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
