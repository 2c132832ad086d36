import { type TableColumnsType, Tag, Typography } from 'antd';
import type { SubjectView } from '../../../api/access-api.ts';
import type { AuditEntryView } from '../../../api/audit-log-api.ts';
import { auditActionLabel } from './audit-action.ts';

interface ColumnDeps {
  t: (key: string, vars?: Record<string, string>) => string;
  formatDateTime: (iso: string | null) => string;
  sortOrder: (key: string) => 'ascend' | 'descend' | null;
  subjects: readonly SubjectView[];
}

function actorText(entry: AuditEntryView, t: ColumnDeps['t']): string {
  const { actor } = entry;
  if (actor.kind === 'system') return t('settings.audit-log.actor.system');
  const token = t('settings.audit-log.actor.token');
  if (actor.kind === 'token') return actor.displayName ? `${token} · ${actor.displayName}` : token;
  return actor.displayName ?? actor.userId ?? '-';
}

export function auditColumns({
  t,
  formatDateTime,
  sortOrder,
  subjects,
}: ColumnDeps): TableColumnsType<AuditEntryView> {
  return [
    {
      key: 'occurredAt',
      title: t('settings.audit-log.column.occurred-at'),
      width: 150,
      sorter: true,
      sortOrder: sortOrder('occurredAt'),
      render: (_, entry) => formatDateTime(entry.occurredAt),
    },
    {
      key: 'actor',
      title: t('settings.audit-log.column.actor'),
      width: 140,
      render: (_, entry) => actorText(entry, t),
    },
    {
      key: 'action',
      title: t('settings.audit-log.column.action'),
      width: 150,
      render: (_, entry) => auditActionLabel(entry.action, t),
    },
    {
      key: 'subject',
      title: t('settings.audit-log.column.subject'),
      width: 130,
      render: (_, entry) => subjects.find((subject) => subject.key === entry.subject)?.title ?? entry.subject,
    },
    {
      key: 'recordId',
      title: t('settings.audit-log.column.record-id'),
      ellipsis: true,
      render: (_, entry) =>
        entry.recordId ? (
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {entry.recordId}
          </Typography.Text>
        ) : (
          '-'
        ),
    },
    {
      key: 'outcome',
      title: t('settings.audit-log.column.outcome'),
      width: 100,
      render: (_, entry) => (
        <Tag color={entry.outcome === 'ok' ? 'success' : 'error'}>
          {t(`settings.audit-log.outcome.${entry.outcome}`)}
        </Tag>
      ),
    },
    {
      key: 'ip',
      title: t('settings.audit-log.column.ip'),
      width: 130,
      render: (_, entry) => <Typography.Text style={{ fontFamily: 'monospace' }}>{entry.ip ?? '-'}</Typography.Text>,
    },
  ];
}
