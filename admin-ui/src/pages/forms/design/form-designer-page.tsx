import {
  closestCenter,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Card, Col, Result, Row, Skeleton, Tabs } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { type DesignerField, type DesignerModel, findField } from '../designer/designer-model.ts';
import { dragIds, dropActionOf, dropTargetRank } from '../designer/drop-target.ts';
import { type PaletteKind, paletteKinds } from '../designer/field-kinds.ts';
import { addField, keysOf, moveFieldTo, newField, removeField, reorderField, shiftField, updateField } from '../designer/model-edits.ts';
import { modelToSchema } from '../designer/model-to-schema.ts';
import { formsPath } from '../form-paths.ts';
import { optionSetKeysOf } from '../render/expand-options.ts';
import { useOptionChoices } from '../render/use-option-choices.ts';
import { DesignerCanvas } from './designer-canvas.tsx';
import { DesignerHeader } from './designer-header.tsx';
import { DesignerPreview } from './designer-preview.tsx';
import { FieldPalette, PaletteChip } from './field-palette.tsx';
import { FormSettingsPanel } from './form-settings-panel.tsx';
import { PropertyPanel } from './property-panel.tsx';
import { useFormDesigner } from './use-form-designer.ts';
import './form-designer.css';

/** Several drop zones nest (a field in a section in the canvas): the innermost under the pointer wins. */
function collisionsFor(model: DesignerModel): CollisionDetection {
  return (args) => {
    const within = pointerWithin(args);
    if (within.length === 0) return closestCenter(args);
    return [...within].sort((a, b) => dropTargetRank(model, String(a.id)) - dropTargetRank(model, String(b.id)));
  };
}

/**
 * 表单设计: palette, canvas and property panel over the draft's JSON Schema, a live preview, the
 * form's settings; save the draft, publish it as a new version, look at earlier versions.
 */
export default function FormDesignerPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const designer = useFormDesigner(id);
  const { draft, setDraft } = designer;
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [dragged, setDragged] = useState<PaletteKind | undefined>(undefined);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  useUnsavedChanges(designer.isDirty);

  const document = useMemo(() => (draft ? modelToSchema(draft.model) : undefined), [draft]);
  const choices = useOptionChoices(useMemo(() => (document ? optionSetKeysOf(document.schema) : []), [document]));

  const editModel = useCallback(
    (edit: (model: DesignerModel) => DesignerModel) => setDraft((current) => current && { ...current, model: edit(current.model) }),
    [setDraft],
  );

  const add = useCallback(
    (kind: PaletteKind, place: { section?: string; index?: number } = {}) => {
      if (!draft) return;
      const field = newField(kind, t(`forms.kind.${kind}`), keysOf(draft.model));
      editModel((model) => addField(model, field, place));
      setSelected(field.key);
    },
    [draft, editModel, t],
  );

  /** A palette click adds at the end, or into the selected section. */
  const addByClick = (kind: PaletteKind) => {
    const target = selected && draft ? findField(draft.model, selected) : undefined;
    add(kind, target?.kind === 'section' ? { section: target.key } : {});
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged(paletteKinds.find((kind) => active.id === dragIds.palette(kind)));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(undefined);
    if (!draft) return;
    const action = dropActionOf(draft.model, String(active.id), over ? String(over.id) : undefined);
    if (action?.type === 'add') add(action.kind, { section: action.section, index: action.index });
    if (action?.type === 'reorder') editModel((model) => reorderField(model, action.key, action.index));
    if (action?.type === 'move') editModel((model) => moveFieldTo(model, action.key, action.section));
  };

  const problems = useMemo(() => {
    const messages = new Map<string, string[]>();
    for (const [key, codes] of designer.designProblems) messages.set(key, codes.map((code: string) => t(`forms.problem.${code}`)));
    for (const [key, texts] of designer.serverProblems) messages.set(key, [...(messages.get(key) ?? []), ...texts]);
    return messages;
  }, [designer.designProblems, designer.serverProblems, t]);

  if (designer.loadState === 'not-found') {
    return <Result status="404" title={t('forms.missing')} extra={<Link to={formsPath}>{t('forms.back')}</Link>} />;
  }
  if (!draft || !document || !designer.form) {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const onFieldChange = (key: string, patch: Partial<DesignerField>) => {
    editModel((model) => updateField(model, key, patch));
    designer.forgetServerProblems(key);
    if (patch.key !== undefined && patch.key !== key) setSelected(patch.key);
  };

  const design = (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionsFor(draft.model)}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(undefined)}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6} xl={5}>
          <FieldPalette onAdd={addByClick} />
        </Col>
        <Col xs={24} lg={10} xl={11}>
          <DesignerCanvas
            model={draft.model}
            selected={selected}
            problems={problems}
            choices={choices}
            onSelect={setSelected}
            onShift={(key, step) => editModel((model) => shiftField(model, key, step))}
            onRemove={(key) => {
              editModel((model) => removeField(model, key));
              if (selected === key) setSelected(undefined);
            }}
          />
        </Col>
        <Col xs={24} lg={8}>
          <PropertyPanel
            model={draft.model}
            selected={selected}
            problems={designer.designProblems}
            choices={choices}
            onChange={onFieldChange}
            onMove={(key, section) => editModel((model) => moveFieldTo(model, key, section))}
          />
        </Col>
      </Row>
      {/* palette items stay in place; a copy follows the pointer (and a drop ends on it, not on the item) */}
      <DragOverlay dropAnimation={null}>{dragged ? <PaletteChip kind={dragged} /> : null}</DragOverlay>
    </DndContext>
  );

  return (
    <>
      <DesignerHeader
        form={designer.form}
        title={draft.title}
        isDirty={designer.isDirty}
        hasProblems={problems.size > 0}
        busy={designer.busy}
        onSave={() => void designer.saveDraft()}
        onPublish={() => void designer.publish()}
      />
      <Tabs
        destroyOnHidden
        items={[
          { key: 'design', label: t('forms.designer.tab.design'), children: design },
          {
            key: 'preview',
            label: t('forms.designer.tab.preview'),
            children: (
              <DesignerPreview title={draft.title} description={draft.description} schema={document.schema} uiSchema={document.uiSchema} choices={choices} />
            ),
          },
          {
            key: 'settings',
            label: t('forms.designer.tab.settings'),
            children: (
              <FormSettingsPanel
                title={draft.title}
                description={draft.description}
                columns={draft.model.columns}
                settings={draft.settings}
                onTitle={(title) => setDraft((current) => current && { ...current, title })}
                onDescription={(description) => setDraft((current) => current && { ...current, description })}
                onColumns={(columns) => editModel((model) => ({ ...model, columns }))}
                onSettings={(settings) => setDraft((current) => current && { ...current, settings })}
              />
            ),
          },
        ]}
      />
    </>
  );
}
