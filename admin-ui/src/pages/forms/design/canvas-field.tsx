import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EyeOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DesignerField } from '../designer/designer-model.ts';
import { dragIds } from '../designer/drop-target.ts';
import { KindIcon } from './kind-icon.tsx';

/**
 * One field on the canvas: drag it by its handle, or move it with the arrows; a click selects it for
 * the property panel. A section shows its own fields inside (`children`).
 */
export function CanvasField({
  field,
  isSelected,
  isFirst,
  isLast,
  problems,
  conditionText,
  onSelect,
  onShift,
  onRemove,
  children,
}: {
  field: DesignerField;
  isSelected: boolean;
  isFirst: boolean;
  isLast: boolean;
  problems: readonly string[];
  conditionText: string | undefined;
  onSelect: () => void;
  onShift: (step: -1 | 1) => void;
  onRemove: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: dragIds.field(field.key),
  });
  const className = ['form-designer-field', isSelected ? 'is-selected' : '', problems.length > 0 ? 'has-problem' : '', field.kind === 'section' ? 'is-section' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={setNodeRef}
      className={className}
      data-testid={`canvas-field-${field.key}`}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.5 : 1 }}
      onClick={(event) => {
        event.stopPropagation();
        onSelect();
      }}
    >
      <Flex align="center" gap={8}>
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="form-designer-handle"
          aria-label={t('forms.designer.drag', { title: field.title })}
          {...attributes}
          {...listeners}
        >
          <HolderOutlined />
        </button>
        <KindIcon kind={field.kind} />
        <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
          {field.required ? <span className="form-designer-required">*</span> : null}
          {field.title || t('forms.designer.untitled')}
        </Typography.Text>
        <Tag>{t(`forms.kind.${field.kind}`)}</Tag>
        <Typography.Text type="secondary" code className="form-designer-key">
          {field.key}
        </Typography.Text>
        <Tooltip title={t('forms.designer.move-up')}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={isFirst}
            aria-label={t('forms.designer.move-up.named', { title: field.title })}
            onClick={(event) => {
              event.stopPropagation();
              onShift(-1);
            }}
          />
        </Tooltip>
        <Tooltip title={t('forms.designer.move-down')}>
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={isLast}
            aria-label={t('forms.designer.move-down.named', { title: field.title })}
            onClick={(event) => {
              event.stopPropagation();
              onShift(1);
            }}
          />
        </Tooltip>
        <Tooltip title={t('common.delete')}>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('forms.designer.remove.named', { title: field.title })}
            onClick={(event) => {
              event.stopPropagation();
              onRemove();
            }}
          />
        </Tooltip>
      </Flex>
      {conditionText ? (
        <Tag icon={<EyeOutlined />} color="purple" className="form-designer-condition">
          {conditionText}
        </Tag>
      ) : null}
      {problems.map((problem, index) => (
        <Typography.Text key={`${index}-${problem}`} type="danger" className="form-designer-problem">
          {problem}
        </Typography.Text>
      ))}
      {children}
    </div>
  );
}
