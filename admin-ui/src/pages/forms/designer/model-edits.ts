import { allFields, type DesignerField, type DesignerModel, findField, parentSectionOf } from './designer-model.ts';
import { nextFieldKey } from './field-key.ts';
import type { PaletteKind } from './field-kinds.ts';

/** Pure edits of the designer's model: each returns a new model and leaves the given one as it was. */

export function keysOf(model: DesignerModel): string[] {
  return allFields(model.fields).map((field) => field.key);
}

/** A new field of `kind` with a free key; `title` is the kind's name in the designer's language. */
export function newField(kind: PaletteKind, title: string, keys: readonly string[]): DesignerField {
  const field: DesignerField = { key: nextFieldKey(keys), kind, title };
  if (kind === 'section') field.fields = [];
  if (kind === 'switch') field.defaultValue = false;
  return field;
}

function insertAt<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * Adds `field` at `index` of the top level, or of section `section`. Sections hold plain fields only
 * (no sections, no conditions), so a section goes to the top level whatever is asked.
 */
export function addField(model: DesignerModel, field: DesignerField, place: { section?: string; index?: number } = {}): DesignerModel {
  const section = field.kind === 'section' ? undefined : place.section;
  if (section === undefined) return { ...model, fields: insertAt(model.fields, field, place.index) };
  const { showWhen: _dropped, ...plain } = field;
  return {
    ...model,
    fields: model.fields.map((known) =>
      known.key === section && known.kind === 'section' ? { ...known, fields: insertAt(known.fields ?? [], plain, place.index) } : known,
    ),
  };
}

/** Conditions naming `key` are dropped: the field they watch is gone or no longer at the top level. */
function withoutConditionsOn(fields: readonly DesignerField[], key: string): DesignerField[] {
  return fields.map((field) => {
    if (field.showWhen?.field !== key) return field;
    const { showWhen: _dropped, ...rest } = field;
    return rest;
  });
}

export function removeField(model: DesignerModel, key: string): DesignerModel {
  const fields = model.fields
    .filter((field) => field.key !== key)
    .map((field) => (field.fields ? { ...field, fields: field.fields.filter((child) => child.key !== key) } : field));
  return { ...model, fields: withoutConditionsOn(fields, key) };
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

/** Moves a field to `index` among its siblings (top level or within its section). */
export function reorderField(model: DesignerModel, key: string, index: number): DesignerModel {
  const top = model.fields.findIndex((field) => field.key === key);
  if (top >= 0) return { ...model, fields: move(model.fields, top, index) };
  return {
    ...model,
    fields: model.fields.map((section) => {
      const at = (section.fields ?? []).findIndex((child) => child.key === key);
      return at >= 0 && section.fields ? { ...section, fields: move(section.fields, at, index) } : section;
    }),
  };
}

/** Moves a field one place up (-1) or down (+1) among its siblings. */
export function shiftField(model: DesignerModel, key: string, step: -1 | 1): DesignerModel {
  const section = parentSectionOf(model, key);
  if (section === undefined) return model;
  const siblings = section === null ? model.fields : (findField(model, section)?.fields ?? []);
  const index = siblings.findIndex((field) => field.key === key);
  return reorderField(model, key, index + step);
}

/**
 * Moves a field into section `section` (at its end), or out to the top level (`null`, at the end).
 * In a section it has no condition, and no field is shown by its value any more.
 */
export function moveFieldTo(model: DesignerModel, key: string, section: string | null): DesignerModel {
  const field = findField(model, key);
  const from = parentSectionOf(model, key);
  if (!field || field.kind === 'section' || from === undefined || from === section) return model;
  if (section !== null && findField(model, section)?.kind !== 'section') return model;
  return addField(removeField(model, key), field, section === null ? {} : { section });
}

/**
 * Changes a field's settings (`undefined` clears one). A new key is carried into the conditions that name the field; a field
 * that can no longer trigger conditions (its kind changed) takes its dependents' conditions with it.
 */
export function updateField(model: DesignerModel, key: string, patch: Partial<DesignerField>): DesignerModel {
  const rename = patch.key !== undefined && patch.key !== key ? patch.key : undefined;
  const change = (field: DesignerField): DesignerField => {
    let next = field.key === key ? { ...field, ...patch } : field;
    if (rename && next.showWhen?.field === key) next = { ...next, showWhen: { ...next.showWhen, field: rename } };
    return next.fields ? { ...next, fields: next.fields.map(change) } : next;
  };
  return { ...model, fields: model.fields.map(change) };
}
