import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DatasetField } from '../reports-api.ts';
import { defaultFilterOp, filterOpsFor } from './field-rules.ts';
import { FilterValueInput } from './filter-value-input.tsx';
import type { ProblemSlots } from './problem-slots.ts';
import { ProblemText } from './problem-text.tsx';
import { type ReportDraft, addFilter, maxFilters, removeAt, replaceAt } from './report-draft.ts';

interface Props {
  draft: ReportDraft;
  fields: DatasetField[];
  problems: ProblemSlots;
  onChange: (draft: ReportDraft) => void;
}

/** 筛选: conditions on fields, each with the operators its type allows; unfinished ones are not sent. */
export function FilterEditor({ draft, fields, problems, onChange }: Props) {
  const { t } = useI18n();
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const fieldOptions = fields.map((field) => ({ value: field.key, label: field.title }));
  return (
    <Flex vertical gap={8} data-testid="report-filters">
      <Typography.Text strong>{t('reports.builder.filters')}</Typography.Text>
      {draft.filters.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('reports.builder.filters.empty')}
        </Typography.Text>
      ) : null}
      {draft.filters.map((filter, index) => {
        const field = byKey.get(filter.field);
        return (
          <Flex key={index} vertical gap={2}>
            <Flex gap={6} wrap align="center" data-testid={`filter-${index}`}>
              <Select
                aria-label={t('reports.builder.filter.field')}
                value={filter.field}
                options={fieldOptions}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(key: string) => {
                  const next = byKey.get(key);
                  if (next) onChange(replaceAt(draft, 'filters', index, { field: key, op: defaultFilterOp(next.type), value: undefined }));
                }}
                style={{ minWidth: 120, flex: 1 }}
              />
              <Select
                aria-label={t('reports.builder.filter.op')}
                value={filter.op}
                options={filterOpsFor(field?.type ?? 'string').map((op) => ({ value: op, label: t(`reports.filter.op.${op}`) }))}
                onChange={(op) => onChange(replaceAt(draft, 'filters', index, { ...filter, op, value: undefined }))}
                style={{ width: 120 }}
              />
              <FilterValueInput
                key={`${filter.field}-${filter.op}`}
                field={field}
                filter={filter}
                onChange={(value) => onChange(replaceAt(draft, 'filters', index, { ...filter, value }))}
              />
              <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('reports.builder.remove')} onClick={() => onChange(removeAt(draft, 'filters', index))} />
            </Flex>
            <ProblemText messages={problems[`filters.${index}`]} />
          </Flex>
        );
      })}
      {draft.filters.length < maxFilters && fields.length > 0 ? (
        <Select
          value={null}
          placeholder={t('reports.builder.filters.add')}
          options={fieldOptions}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(key: string) => {
            const field = byKey.get(key);
            if (field) onChange(addFilter(draft, field));
          }}
          style={{ width: 200 }}
          data-testid="filter-add"
        />
      ) : null}
      <ProblemText messages={problems.filters} />
    </Flex>
  );
}
