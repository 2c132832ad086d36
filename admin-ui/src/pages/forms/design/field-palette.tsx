import { useDraggable } from '@dnd-kit/core';
import { Card, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { dragIds } from '../designer/drop-target.ts';
import { type PaletteKind, paletteKinds } from '../designer/field-kinds.ts';
import { KindIcon } from './kind-icon.tsx';

/** A palette entry as it looks, also under the pointer while it is dragged (the page's DragOverlay). */
export function PaletteChip({ kind }: { kind: PaletteKind }) {
  const { t } = useI18n();
  return (
    <span className="form-designer-palette-item is-dragged">
      <KindIcon kind={kind} />
      <span>{t(`forms.kind.${kind}`)}</span>
    </span>
  );
}

function PaletteItem({ kind, onAdd }: { kind: PaletteKind; onAdd: (kind: PaletteKind) => void }) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: dragIds.palette(kind) });
  const label = t(`forms.kind.${kind}`);
  return (
    <button
      ref={setNodeRef}
      type="button"
      className="form-designer-palette-item"
      data-testid={`palette-${kind}`}
      title={t('forms.designer.palette.add', { kind: label })}
      style={{ opacity: isDragging ? 0.4 : 1 }}
      {...attributes}
      {...listeners}
      // a click (no drag) adds the field at the end: the way without a mouse drag, and the quick way
      onClick={() => onAdd(kind)}
    >
      <KindIcon kind={kind} />
      <span>{label}</span>
    </button>
  );
}

/** The kinds of field to drag onto the canvas, or click to add at the end. */
export function FieldPalette({ onAdd }: { onAdd: (kind: PaletteKind) => void }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('forms.designer.palette')} variant="borderless" className="form-designer-pane">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('forms.designer.palette.hint')}
      </Typography.Paragraph>
      <div className="form-designer-palette">
        {paletteKinds.map((kind) => (
          <PaletteItem key={kind} kind={kind} onAdd={onAdd} />
        ))}
      </div>
    </Card>
  );
}
