import { ApartmentOutlined, CalculatorOutlined, FilterOutlined, HolderOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { Button, Card, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DatasetField } from '../reports-api.ts';
import { fieldTypeOrder } from './field-rules.ts';

export const fieldDragId = (key: string) => `field:${key}`;

interface Actions {
  onAddDimension: (field: DatasetField) => void;
  onAddMeasure: (field: DatasetField) => void;
  onAddFilter: (field: DatasetField) => void;
  dimensionsFull: boolean;
}

/** A field as it looks in the list, and under the pointer while it is dragged. */
export function FieldChip({ field }: { field: DatasetField }) {
  return (
    <span className="report-builder-field is-dragged">
      <HolderOutlined />
      <span className="report-builder-field-title">{field.title}</span>
    </span>
  );
}

function FieldItem({ field, onAddDimension, onAddMeasure, onAddFilter, dimensionsFull }: Actions & { field: DatasetField }) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: fieldDragId(field.key) });
  const action = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => (
    <Tooltip title={label}>
      <Button type="text" size="small" icon={icon} aria-label={label} disabled={disabled} onClick={onClick} onPointerDown={(event) => event.stopPropagation()} />
    </Tooltip>
  );
  return (
    <div ref={setNodeRef} className="report-builder-field" style={{ opacity: isDragging ? 0.4 : 1 }} data-testid={`field-${field.key}`} {...attributes} {...listeners}>
      <HolderOutlined style={{ color: '#bfbfbf' }} />
      <span className="report-builder-field-title" title={field.title}>
        {field.title}
      </span>
      {action(t('reports.builder.add-dimension'), <ApartmentOutlined />, () => onAddDimension(field), dimensionsFull)}
      {action(t('reports.builder.add-measure'), <CalculatorOutlined />, () => onAddMeasure(field))}
      {action(t('reports.builder.filters.add'), <FilterOutlined />, () => onAddFilter(field))}
    </div>
  );
}

/** The dataset's fields grouped by type, to drag into dimensions or measures, or add with a click. */
export function FieldList({ fields, ...actions }: Actions & { fields: DatasetField[] }) {
  const { t } = useI18n();
  const types = [...new Set(fields.map((field) => field.type))].sort((a, b) => fieldTypeOrder.indexOf(a) - fieldTypeOrder.indexOf(b));
  return (
    <Card size="small" title={t('reports.builder.fields')} variant="borderless" data-testid="report-fields">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('reports.builder.fields.hint')}
      </Typography.Paragraph>
      <Flex vertical gap={12}>
        {types.map((type) => (
          <Flex key={type} vertical gap={4}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`reports.field-type.${type}`)}
            </Typography.Text>
            {fields
              .filter((field) => field.type === type)
              .map((field) => (
                <FieldItem key={field.key} field={field} {...actions} />
              ))}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
