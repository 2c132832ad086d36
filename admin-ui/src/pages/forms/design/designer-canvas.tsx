import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Card, Empty, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DesignerField, DesignerModel } from '../designer/designer-model.ts';
import { dragIds } from '../designer/drop-target.ts';
import type { OptionChoice } from '../render/expand-options.ts';
import { CanvasField } from './canvas-field.tsx';
import { conditionLabel } from './condition-label.ts';

export interface CanvasProps {
  model: DesignerModel;
  selected: string | undefined;
  /** Messages to show on each field, by key: the designer's own checks and the server's. */
  problems: ReadonlyMap<string, readonly string[]>;
  choices: ReadonlyMap<string, readonly OptionChoice[]>;
  onSelect: (key: string | undefined) => void;
  onShift: (key: string, step: -1 | 1) => void;
  onRemove: (key: string) => void;
}

function FieldList({ fields, props }: { fields: readonly DesignerField[]; props: CanvasProps }) {
  const { t } = useI18n();
  return (
    <SortableContext items={fields.map((field) => dragIds.field(field.key))} strategy={verticalListSortingStrategy}>
      {fields.map((field, index) => (
        <CanvasField
          key={field.key}
          field={field}
          isSelected={props.selected === field.key}
          isFirst={index === 0}
          isLast={index === fields.length - 1}
          problems={props.problems.get(field.key) ?? []}
          conditionText={field.showWhen ? conditionLabel(field.showWhen, props.model, props.choices, t) : undefined}
          onSelect={() => props.onSelect(field.key)}
          onShift={(step) => props.onShift(field.key, step)}
          onRemove={() => props.onRemove(field.key)}
        >
          {field.kind === 'section' ? <SectionBody section={field} props={props} /> : null}
        </CanvasField>
      ))}
    </SortableContext>
  );
}

function SectionBody({ section, props }: { section: DesignerField; props: CanvasProps }) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: dragIds.section(section.key) });
  const fields = section.fields ?? [];
  return (
    <div ref={setNodeRef} className={`form-designer-section-body${isOver ? ' is-over' : ''}`} data-testid={`section-body-${section.key}`}>
      {fields.length === 0 ? (
        <Typography.Text type="secondary">{t('forms.designer.section.empty')}</Typography.Text>
      ) : (
        <FieldList fields={fields} props={props} />
      )}
    </div>
  );
}

/** The form being built, top to bottom; fields are dropped here from the palette and reordered. */
export function DesignerCanvas(props: CanvasProps) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: dragIds.canvas });
  return (
    <Card size="small" title={t('forms.designer.canvas')} variant="borderless" className="form-designer-pane">
      <div
        ref={setNodeRef}
        className={`form-designer-canvas${isOver ? ' is-over' : ''}`}
        data-testid="designer-canvas"
        onClick={() => props.onSelect(undefined)}
      >
        {props.model.fields.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <Typography.Text strong>{t('forms.designer.canvas.empty.title')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('forms.designer.canvas.empty.description')}</Typography.Text>
              </>
            }
          />
        ) : (
          <FieldList fields={props.model.fields} props={props} />
        )}
      </div>
    </Card>
  );
}
