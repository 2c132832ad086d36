import { Card, Flex, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { ListQuery } from '../../../api/list-result.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { saveFile } from '../../../components/save-file.ts';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useServerList } from '../../../hooks/use-server-list.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { exportSubmissions, type FormVersionView, type FormView, listSubmissions, type SubmissionStatus, type SubmissionView } from '../forms-api.ts';
import { cellText } from './cell-text.ts';
import { FileLinks } from './file-links.tsx';
import { RecordName } from './record-name.tsx';
import { StatusTag } from './status-tag.tsx';
import { submissionColumnsOf, valueAt } from './submission-columns.ts';
import { SubmissionDrawer } from './submission-drawer.tsx';
import { SubmissionFilters } from './submission-filters.tsx';
import { submissionStatuses } from './review-steps.ts';
import { useNameLookups } from './use-name-lookups.ts';

const filterKeys = ['status', 'field', 'value'] as const;
const isStatus = (value: unknown): value is SubmissionStatus => submissionStatuses.some((status) => status === value);

/** The submissions list: server-side paging, sorting and filters in the URL, export, the detail drawer. */
export function SubmissionsTable({
  form,
  latest,
  versionOf,
}: {
  form: FormView;
  latest: FormVersionView;
  versionOf: (version: number) => Promise<FormVersionView>;
}) {
  const { t } = useI18n();
  const { tenant } = useSession();
  const ability = useAbility();
  const showProblem = useShowProblem();
  const formatDateTime = useDateTime();
  const { memberName, departmentName } = useNameLookups();
  const load = useCallback((query: ListQuery) => listSubmissions(form.id, query), [form.id]);
  const list = useServerList<SubmissionView>({ load, filterKeys, defaultSort: '-submittedAt' });
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const dataColumns = useMemo(() => submissionColumnsOf(latest.schema, latest.uiSchema), [latest]);
  const text = (key: keyof typeof list.query) => (typeof list.query[key] === 'string' ? String(list.query[key]) : undefined);
  const status = text('status');
  const isFiltered = Boolean(status || (text('field') && text('value')));
  const open = list.data?.items.find((item) => item.id === openId);
  const lookups = { timeZone: tenant.timeZone, memberName, departmentName, yes: t('forms.value.yes'), no: t('forms.value.no') };

  const download = (format: 'csv' | 'xlsx') =>
    exportSubmissions(form.id, format, isStatus(status) ? status : undefined)
      .then((file) => saveFile(file.blob, file.fileName))
      .catch((error: unknown) => showProblem(error));

  const columns: TableColumnsType<SubmissionView> = [
    {
      key: 'submitter',
      title: t('forms.submissions.submitter'),
      fixed: 'left',
      width: 120,
      render: (_, row) => (
        <Typography.Link onClick={() => setOpenId(row.id)}>{memberName(row.submitterId) ?? t('forms.submission.someone')}</Typography.Link>
      ),
    },
    ...dataColumns.map((column) => {
      const key = `data.${column.path.join('.')}`;
      return {
        key,
        title: column.title,
        ellipsis: true,
        sorter: column.isTopLevel,
        sortOrder: column.isTopLevel ? list.sortOrder(key) : undefined,
        render: (_: unknown, row: SubmissionView) =>
          column.kind === 'file' || column.kind === 'image' ? (
            <FileLinks value={valueAt(row.data, column.path)} />
          ) : column.kind === 'record' ? (
            <RecordName value={valueAt(row.data, column.path)} resourceKey={column.recordResource} />
          ) : (
            cellText(valueAt(row.data, column.path), column, lookups)
          ),
      };
    }),
    { key: 'status', title: t('forms.submissions.status'), width: 100, render: (_, row) => <StatusTag status={row.status} /> },
    {
      key: 'submittedAt',
      title: t('forms.submissions.submitted-at'),
      width: 160,
      sorter: true,
      sortOrder: list.sortOrder('submittedAt'),
      render: (_, row) => formatDateTime(row.submittedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 80,
      render: (_, row) => <Typography.Link onClick={() => setOpenId(row.id)}>{t('common.view')}</Typography.Link>,
    },
  ];

  return (
    <Card variant="borderless">
      <Flex vertical gap={16}>
        <SubmissionFilters
          columns={dataColumns}
          status={status}
          field={text('field')}
          value={text('value')}
          mayExport={ability.can('export', 'FormSubmission')}
          onUpdate={list.update}
          onExport={(format) => void download(format)}
        />
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<SubmissionView>
            {...list.tableProps}
            columns={columns}
            scroll={{ x: 'max-content' }}
            data-testid="submissions-table"
            onRow={(row) => ({ onDoubleClick: () => setOpenId(row.id) })}
            locale={{
              emptyText: isFiltered ? (
                <ListEmpty title={t('common.no-match')} description={t('common.empty.filtered')} />
              ) : (
                <ListEmpty title={t('forms.submissions.empty.title')} description={t('forms.submissions.empty.description')} />
              ),
            }}
          />
        )}
      </Flex>
      {open ? (
        <SubmissionDrawer
          submission={open}
          versionOf={versionOf}
          nameOf={memberName}
          onChanged={() => list.reload()}
          onDeleted={() => {
            setOpenId(undefined);
            list.reload();
          }}
          onClose={() => setOpenId(undefined)}
        />
      ) : null}
    </Card>
  );
}
