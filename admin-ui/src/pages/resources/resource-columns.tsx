import { Button, Flex, Popconfirm, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ResourceRecord } from '../../api/resource-api.ts';
import type { ResourceView } from '../../api/ui-extensions-api.ts';
import type { FieldFormat } from './field-display.ts';
import { FieldValue } from './field-value.tsx';
import { availableActions, isDeletable, isEditable, type ResourceAction } from './record-actions.ts';
import { fieldOptionsOf, fieldTitleOf, fieldTypeOf, fieldValueOf } from './resource-fields.ts';

/** `/m/<plugin>/<name>/<id>`: the record's edit (or view) page. */
export function recordPathOf(resource: Pick<ResourceView, 'uiPath'>, record: Pick<ResourceRecord, 'id'>): string {
  return `${resource.uiPath}/${encodeURIComponent(record.id)}`;
}

interface ColumnDeps {
  resource: ResourceView;
  format: FieldFormat;
  sortOrder: (key: string) => 'ascend' | 'descend' | null;
  /** The record whose delete or action is on its way: its buttons wait. */
  busyId: string | undefined;
  onOpen: (record: ResourceRecord) => void;
  onDelete: (record: ResourceRecord) => void;
  onAction: (record: ResourceRecord, action: ResourceAction) => void;
}

function ActionButton({
  record,
  action,
  deps,
}: {
  record: ResourceRecord;
  action: ResourceAction;
  deps: ColumnDeps;
}) {
  const { t } = deps.format;
  const button = (onClick?: () => void) => (
    <Button
      type="link"
      size="small"
      danger={action.danger}
      disabled={deps.busyId !== undefined}
      loading={deps.busyId === record.id}
      onClick={onClick}
    >
      {action.title}
    </Button>
  );
  if (!action.confirm) return button(() => deps.onAction(record, action));
  return (
    <Popconfirm
      title={action.title}
      description={<div style={{ maxWidth: 320 }}>{action.confirm}</div>}
      okText={action.title}
      okButtonProps={{ danger: action.danger }}
      cancelText={t('common.cancel')}
      onConfirm={() => deps.onAction(record, action)}
    >
      {button()}
    </Popconfirm>
  );
}

function RowActions({ record, deps }: { record: ResourceRecord; deps: ColumnDeps }) {
  const { resource, format } = deps;
  const { t } = format;
  return (
    <Flex gap={4} wrap>
      <Button type="link" size="small" onClick={() => deps.onOpen(record)}>
        {t(isEditable(resource, record) ? 'common.edit' : 'common.view')}
      </Button>
      {availableActions(resource.actions, record).map((action) => (
        <ActionButton key={action.name} record={record} action={action} deps={deps} />
      ))}
      {isDeletable(resource, record) ? (
        <Popconfirm
          title={t('resource.delete.confirm', { title: resource.title })}
          description={t('resource.delete.detail')}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => deps.onDelete(record)}
        >
          <Button type="link" size="small" danger disabled={deps.busyId !== undefined}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}

/**
 * Room for the row's links: 编辑/查看, each action's title (a row shows at most all of them) and 删除, as
 * small link buttons (about 14 px a Chinese character, 8 px a Latin one, plus padding), so the fixed
 * column neither covers the others nor wastes the row.
 */
function actionsWidthOf(resource: ResourceView): number {
  const link = (text: string) => [...text].reduce((width, char) => width + (char.charCodeAt(0) > 0xff ? 14 : 8), 20);
  const actions = resource.actions.reduce((sum, action) => sum + link(action.title), 0);
  return Math.max(100, 32 + link('编辑') + actions + (resource.can.delete ? link('删除') : 0));
}

/** The resource's `columns`, sortable where the server sorts, the first linking to the record, then 操作. */
export function resourceColumns(deps: ColumnDeps): TableColumnsType<ResourceRecord> {
  const { resource, format, sortOrder } = deps;
  const columns: TableColumnsType<ResourceRecord> = resource.columns.map((field, index) => {
    const type = fieldTypeOf(resource, field);
    const options = fieldOptionsOf(resource, field);
    const isSortable = resource.sortable.includes(field);
    return {
      key: field,
      title: fieldTitleOf(resource, field),
      align: type === 'money' || type === 'integer' ? 'right' : undefined,
      width: type === 'date-time' ? 180 : undefined,
      sorter: isSortable,
      sortOrder: isSortable ? sortOrder(field) : undefined,
      render: (_, record) => {
        const value = <FieldValue type={type} options={options} value={fieldValueOf(record, field)} format={format} />;
        return index === 0 ? <Link to={recordPathOf(resource, record)}>{value}</Link> : value;
      },
    };
  });
  return [
    ...columns,
    {
      key: 'actions',
      title: format.t('common.actions'),
      fixed: 'right',
      width: actionsWidthOf(resource),
      render: (_, record) => <RowActions record={record} deps={deps} />,
    },
  ];
}
