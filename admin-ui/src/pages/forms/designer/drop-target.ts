import { type DesignerModel, findField, parentSectionOf } from './designer-model.ts';
import { type PaletteKind, paletteKinds } from './field-kinds.ts';

/**
 * Drag-and-drop ids on the designer: palette items, fields, and the two kinds of drop zone (the canvas,
 * a section's body). Prefixed, since a field key may well be `canvas`.
 */
export const dragIds = {
  palette: (kind: PaletteKind) => `palette:${kind}`,
  field: (key: string) => `field:${key}`,
  canvas: 'drop:canvas',
  section: (key: string) => `drop:section:${key}`,
};

export type DropAction =
  | { type: 'add'; kind: PaletteKind; section?: string; index?: number }
  | { type: 'reorder'; key: string; index: number }
  | { type: 'move'; key: string; section: string | null };

interface Place {
  section: string | null;
  index?: number;
}

function paletteKindOf(id: string): PaletteKind | undefined {
  const kind = id.startsWith('palette:') ? id.slice('palette:'.length) : undefined;
  return paletteKinds.find((known) => known === kind);
}

const fieldKeyOf = (id: string) => (id.startsWith('field:') ? id.slice('field:'.length) : undefined);

function siblingsOf(model: DesignerModel, section: string | null) {
  return section === null ? model.fields : (findField(model, section)?.fields ?? []);
}

/** Where a drop over `overId` puts a field: before the field it is over, or at the end of a zone. */
function placeOf(model: DesignerModel, overId: string): Place | undefined {
  if (overId === dragIds.canvas) return { section: null };
  if (overId.startsWith('drop:section:')) {
    const section = overId.slice('drop:section:'.length);
    return findField(model, section)?.kind === 'section' ? { section } : undefined;
  }
  const key = fieldKeyOf(overId);
  if (key === undefined) return undefined;
  const section = parentSectionOf(model, key);
  if (section === undefined) return undefined;
  return { section, index: siblingsOf(model, section).findIndex((field) => field.key === key) };
}

/** What dropping `activeId` (a palette item or a field) over `overId` does; undefined when nothing. */
export function dropActionOf(model: DesignerModel, activeId: string, overId: string | undefined): DropAction | undefined {
  if (overId === undefined) return undefined;
  const place = placeOf(model, overId);
  if (!place) return undefined;
  const kind = paletteKindOf(activeId);
  if (kind) {
    return {
      type: 'add',
      kind,
      ...(place.section !== null && kind !== 'section' ? { section: place.section } : {}),
      ...(place.index !== undefined && (place.section === null || kind !== 'section') ? { index: place.index } : {}),
    };
  }
  const key = fieldKeyOf(activeId);
  if (key === undefined || key === fieldKeyOf(overId)) return undefined;
  const from = parentSectionOf(model, key);
  if (from === undefined) return undefined;
  if (from === place.section) {
    const index = place.index ?? siblingsOf(model, from).length - 1;
    return { type: 'reorder', key, index };
  }
  if (findField(model, key)?.kind === 'section') return undefined;
  return { type: 'move', key, section: place.section };
}

/**
 * Which of the drop zones under the pointer wins, lowest first: a field inside a section, a section's
 * body, a top-level field, the canvas. Nested zones all contain the pointer; the innermost is meant.
 */
export function dropTargetRank(model: DesignerModel, id: string): number {
  if (id === dragIds.canvas) return 3;
  if (id.startsWith('drop:section:')) return 1;
  const key = fieldKeyOf(id);
  return key !== undefined && parentSectionOf(model, key) !== null ? 0 : 2;
}
