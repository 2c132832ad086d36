import { Descriptions, Flex, Table, Typography } from 'antd';
import type { AuditEntryView } from '../../../api/audit-log-api.ts';
import type { SubjectView } from '../../../api/access-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { auditValueText } from './audit-value.ts';

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

export function hasAuditDetail(entry: AuditEntryView): boolean {
  return Object.keys(entry.changes).length > 0 || Object.keys(entry.detail ?? {}).length > 0;
}

/** The expanded row: each changed field before and after, then any further detail of the entry. */
export function AuditChanges({ entry, subject }: { entry: AuditEntryView; subject: SubjectView | undefined }) {
  const { t } = useI18n();
  const fieldTitle = (key: string) => subject?.fields.find((field) => field.key === key)?.title ?? key;
  const rows: ChangeRow[] = Object.entries(entry.changes).map(([field, change]) => ({
    field,
    before: change.before,
    after: change.after,
  }));
  const detail = Object.entries(entry.detail ?? {});
  const cell = (value: unknown) => (
    <Typography.Text style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{auditValueText(value)}</Typography.Text>
  );

  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      {rows.length > 0 ? (
        <Table<ChangeRow>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              key: 'field',
              title: t('settings.audit-log.changes.field'),
              width: 180,
              render: (_, row) => fieldTitle(row.field),
            },
            { key: 'before', title: t('settings.audit-log.changes.before'), render: (_, row) => cell(row.before) },
            { key: 'after', title: t('settings.audit-log.changes.after'), render: (_, row) => cell(row.after) },
          ]}
        />
      ) : null}
      {detail.length > 0 ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          title={t('settings.audit-log.detail')}
          items={detail.map(([key, value]) => ({ key, label: key, children: cell(value) }))}
        />
      ) : null}
    </Flex>
  );
}
