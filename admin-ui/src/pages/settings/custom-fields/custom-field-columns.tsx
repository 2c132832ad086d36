import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Flex, Switch, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { CustomFieldView } from '../../../api/custom-fields-api.ts';
import type { Locale } from '../../../i18n/locale.ts';
import type { MessageVars } from '../../../i18n/translate.ts';
import { typeLabelKey } from './custom-field-types.ts';

interface ColumnDeps {
  t: (key: string, vars?: MessageVars) => string;
  locale: Locale;
  fields: readonly CustomFieldView[];
  /** An option set's name by its key; the key itself while the sets load. */
  optionSetName: (key: string) => string;
  canUpdate: boolean;
  canDelete: boolean;
  busyId: string | undefined;
  onEdit: (field: CustomFieldView) => void;
  onEnabled: (field: CustomFieldView, enabled: boolean) => void;
  onMove: (field: CustomFieldView, direction: -1 | 1) => void;
  onDelete: (field: CustomFieldView) => void;
}

function OrderButtons({ field, index, deps }: { field: CustomFieldView; index: number; deps: ColumnDeps }) {
  const { t, locale } = deps;
  const title = field.title[locale];
  const isBusy = deps.busyId !== undefined;
  return (
    <Flex gap={2}>
      <Tooltip title={t('custom-fields.up')}>
        <Button
          type="text"
          size="small"
          icon={<ArrowUpOutlined />}
          disabled={isBusy || index === 0}
          aria-label={t('custom-fields.up-of', { title })}
          onClick={() => deps.onMove(field, -1)}
        />
      </Tooltip>
      <Tooltip title={t('custom-fields.down')}>
        <Button
          type="text"
          size="small"
          icon={<ArrowDownOutlined />}
          disabled={isBusy || index === deps.fields.length - 1}
          aria-label={t('custom-fields.down-of', { title })}
          onClick={() => deps.onMove(field, 1)}
        />
      </Tooltip>
    </Flex>
  );
}

const yesNo = (deps: ColumnDeps, value: boolean) => (value ? deps.t('resource.value.yes') : deps.t('resource.value.no'));

/** The record type's fields: name (with key and help), type, option set, required, in list, enabled, then order and actions. */
export function customFieldColumns(deps: ColumnDeps): TableColumnsType<CustomFieldView> {
  const { t, locale } = deps;
  const columns: TableColumnsType<CustomFieldView> = [
    {
      key: 'title',
      title: t('custom-fields.column.title'),
      render: (_, field) => (
        <Flex vertical gap={2} style={{ minWidth: 120 }}>
          <Typography.Text type={field.disabled ? 'secondary' : undefined}>{field.title[locale]}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {field.key}
          </Typography.Text>
          {field.description[locale] ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 240 }} ellipsis={{ tooltip: field.description[locale] }}>
              {field.description[locale]}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'type', title: t('custom-fields.column.type'), width: 100, render: (_, field) => <Tag>{t(typeLabelKey(field.type))}</Tag> },
    {
      key: 'optionSet',
      title: t('custom-fields.column.option-set'),
      width: 110,
      render: (_, field) => (field.optionSet ? deps.optionSetName(field.optionSet) : '-'),
    },
    { key: 'required', title: t('custom-fields.column.required'), width: 64, render: (_, field) => yesNo(deps, field.required) },
    { key: 'inList', title: t('custom-fields.column.in-list'), width: 90, render: (_, field) => yesNo(deps, field.inList) },
    {
      key: 'status',
      title: t('custom-fields.column.status'),
      width: 120,
      render: (_, field) => {
        const label = t(field.disabled ? 'custom-fields.status.disabled' : 'custom-fields.status.enabled');
        return (
          <Flex align="center" gap={6} style={{ whiteSpace: 'nowrap' }}>
            {deps.canUpdate ? (
              <Switch
                size="small"
                checked={!field.disabled}
                loading={deps.busyId === field.id}
                aria-label={t('custom-fields.enabled-of', { title: field.title[locale] })}
                onChange={(checked) => deps.onEnabled(field, checked)}
              />
            ) : null}
            <Typography.Text type={field.disabled ? 'secondary' : 'success'}>{label}</Typography.Text>
          </Flex>
        );
      },
    },
  ];
  if (!deps.canUpdate && !deps.canDelete) return columns;
  columns.push({
    key: 'actions',
    title: t('common.actions'),
    width: 180,
    render: (_, field, index) => (
      <Flex gap={4} align="center">
        {deps.canUpdate ? (
          <>
            <OrderButtons field={field} index={index} deps={deps} />
            <Button type="link" size="small" onClick={() => deps.onEdit(field)}>
              {t('common.edit')}
            </Button>
          </>
        ) : null}
        {deps.canDelete ? (
          <Button type="link" size="small" danger disabled={deps.busyId !== undefined} onClick={() => deps.onDelete(field)}>
            {t('common.delete')}
          </Button>
        ) : null}
      </Flex>
    ),
  });
  return columns;
}
