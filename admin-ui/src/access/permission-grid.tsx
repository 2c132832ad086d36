import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { SubjectView } from '../api/access-api.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { matrixLayout } from './matrix-layout.ts';

type Row = { key: string; groupTitle: string } | { key: string; subject: SubjectView };

/**
 * The subject × action grid shared by the role editor and the "test as user" preview: one row per
 * subject under its module's heading, one column per action; a cell only where the subject declares
 * the action.
 */
export function PermissionGrid({
  subjects,
  renderCell,
  testId,
}: {
  subjects: readonly SubjectView[];
  renderCell: (subject: SubjectView, action: string) => ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  const { columns, groups } = matrixLayout(subjects);
  const rows: Row[] = groups.flatMap(({ group, title, subjects: members }) => [
    { key: `group:${group}`, groupTitle: title },
    ...members.map((subject) => ({ key: subject.key, subject })),
  ]);
  const span = columns.length + 1;

  const tableColumns: TableColumnsType<Row> = [
    {
      key: 'subject',
      title: t('settings.roles.matrix.subject'),
      width: 160,
      fixed: 'left',
      onCell: (row) => ({ colSpan: 'groupTitle' in row ? span : 1 }),
      render: (_, row) =>
        'groupTitle' in row ? (
          <Typography.Text strong>{row.groupTitle}</Typography.Text>
        ) : (
          <Typography.Text>{row.subject.title}</Typography.Text>
        ),
    },
    ...columns.map((column) => ({
      key: column.key,
      title: column.title,
      width: 150,
      onCell: (row: Row) => ({ colSpan: 'groupTitle' in row ? 0 : 1 }),
      render: (_: unknown, row: Row) => {
        if ('groupTitle' in row) return null;
        const isDeclared = row.subject.actions.some((action) => action.key === column.key);
        return isDeclared ? renderCell(row.subject, column.key) : <Typography.Text type="secondary">-</Typography.Text>;
      },
    })),
  ];

  return (
    <div data-testid={testId}>
      <Table<Row>
        size="small"
        bordered
        rowKey="key"
        pagination={false}
        columns={tableColumns}
        dataSource={rows}
        scroll={{ x: 160 + columns.length * 150 }}
        rowClassName={(row) => ('groupTitle' in row ? 'permission-grid-group' : '')}
      />
    </div>
  );
}
