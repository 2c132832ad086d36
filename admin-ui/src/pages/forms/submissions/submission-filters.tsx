import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Input, Select } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ListParamPatch } from '../../../hooks/use-list-params.ts';
import type { FieldKind } from '../designer/field-kinds.ts';
import type { DataColumn } from './submission-columns.ts';
import { submissionStatuses } from './review-steps.ts';

/**
 * Fields one can filter by typing or picking their value as stored: not amounts (kept in fen), times
 * (instants) or people and departments (ids), which would need pickers of their own.
 */
const filterableKinds: ReadonlySet<FieldKind> = new Set(['text', 'textarea', 'number', 'integer', 'date', 'select', 'cascader', 'switch']);

/**
 * 筛选: by status, and by one field's value (a top-level field; options by their label). The state lives
 * in the URL with the page's other list parameters.
 */
export function SubmissionFilters({
  columns,
  status,
  field,
  value,
  mayExport,
  onUpdate,
  onExport,
}: {
  columns: readonly DataColumn[];
  status: string | undefined;
  field: string | undefined;
  value: string | undefined;
  mayExport: boolean;
  onUpdate: (patch: ListParamPatch) => void;
  onExport: (format: 'csv' | 'xlsx') => void;
}) {
  const { t } = useI18n();
  const filterable = columns.filter((column) => column.isTopLevel && filterableKinds.has(column.kind));
  const chosen = filterable.find((column) => column.path[0] === field);
  // the server compares the value's text: a switch is `true` or `false`
  const choices =
    chosen?.kind === 'switch'
      ? [
          { const: 'true', title: t('forms.value.yes') },
          { const: 'false', title: t('forms.value.no') },
        ]
      : (chosen?.choices ?? []);
  return (
    <Flex gap={12} wrap justify="space-between">
      <Flex gap={12} wrap>
        <Select
          allowClear
          value={status}
          placeholder={t('forms.submissions.status')}
          data-testid="status-filter"
          options={submissionStatuses.map((known) => ({ value: known, label: t(`forms.submission.status.${known}`) }))}
          onChange={(next: string | undefined) => onUpdate({ status: next })}
          style={{ width: 140 }}
        />
        <Select
          allowClear
          value={chosen ? field : undefined}
          placeholder={t('forms.submissions.filter-field')}
          data-testid="field-filter"
          options={filterable.map((column) => ({ value: column.path[0] ?? '', label: column.title }))}
          onChange={(next: string | undefined) => onUpdate({ field: next, value: undefined })}
          style={{ width: 180 }}
        />
        {chosen && choices.length > 0 ? (
          <Select
            allowClear
            value={value}
            placeholder={t('forms.submissions.filter-value')}
            data-testid="value-filter"
            showSearch={{ optionFilterProp: 'label' }}
            options={choices.map((choice) => ({ value: choice.const, label: choice.title }))}
            onChange={(next: string | undefined) => onUpdate({ value: next })}
            style={{ width: 200 }}
          />
        ) : chosen ? (
          <Input.Search
            key={`${field}:${value ?? ''}`}
            allowClear
            defaultValue={value}
            placeholder={t('forms.submissions.filter-value')}
            onSearch={(next) => onUpdate({ value: next.trim() || undefined })}
            style={{ width: 200 }}
          />
        ) : null}
      </Flex>
      {mayExport ? (
        <Dropdown
          menu={{
            items: [
              { key: 'xlsx', label: t('forms.submissions.export.xlsx') },
              { key: 'csv', label: t('forms.submissions.export.csv') },
            ],
            onClick: ({ key }) => onExport(key === 'csv' ? 'csv' : 'xlsx'),
          }}
        >
          <Button icon={<DownloadOutlined />}>{t('forms.submissions.export')}</Button>
        </Dropdown>
      ) : null}
    </Flex>
  );
}
