import { describe, expect, it } from 'vitest';
import { visitReport } from './designer-fixture.ts';
import { findField } from './designer-model.ts';
import { addField, keysOf, moveFieldTo, newField, removeField, reorderField, shiftField, updateField } from './model-edits.ts';

const frozen = structuredClone(visitReport);
const topKeys = (model: typeof visitReport) => model.fields.map((field) => field.key);

describe('designer edits', () => {
  it('adds a field with the next free key, at the end or where it was dropped', () => {
    const field = newField('text', '单行文本', keysOf(visitReport));
    expect(field).toEqual({ key: 'field_1', kind: 'text', title: '单行文本' });
    expect(topKeys(addField(visitReport, field)).at(-1)).toBe('field_1');
    expect(topKeys(addField(visitReport, field, { index: 1 })).slice(0, 3)).toEqual(['store', 'field_1', 'level']);
    expect(newField('section', '分组', []).fields).toEqual([]);
    expect(newField('switch', '开关', []).defaultValue).toBe(false);
  });

  it('adds into a section, without a condition; a section always goes to the top level', () => {
    const field = { ...newField('text', '备注', keysOf(visitReport)), showWhen: { field: 'level', equals: 'vip' } };
    const added = addField(visitReport, field, { section: 'contact', index: 0 });
    expect(findField(added, 'contact')?.fields?.[0]).toEqual({ key: 'field_1', kind: 'text', title: '备注' });
    const section = newField('section', '分组', keysOf(visitReport));
    expect(topKeys(addField(visitReport, section, { section: 'contact' })).at(-1)).toBe(section.key);
  });

  it('removes a field and the conditions watching it', () => {
    const removed = removeField(visitReport, 'level');
    expect(findField(removed, 'level')).toBeUndefined();
    expect(findField(removed, 'vipNote')?.showWhen).toBeUndefined();
    expect(findField(removeField(visitReport, 'contactPhone'), 'contact')?.fields?.map((field) => field.key)).toEqual(['contactName']);
  });

  it('reorders among siblings, and shifts one place up or down', () => {
    expect(topKeys(reorderField(visitReport, 'level', 0)).slice(0, 2)).toEqual(['level', 'store']);
    expect(findField(reorderField(visitReport, 'contactPhone', 0), 'contact')?.fields?.map((field) => field.key)).toEqual([
      'contactPhone',
      'contactName',
    ]);
    expect(topKeys(shiftField(visitReport, 'level', -1)).slice(0, 2)).toEqual(['level', 'store']);
    expect(topKeys(shiftField(visitReport, 'store', -1))).toEqual(topKeys(visitReport));
    expect(topKeys(shiftField(visitReport, 'contact', 1))).toEqual(topKeys(visitReport));
    expect(findField(shiftField(visitReport, 'contactName', 1), 'contact')?.fields?.[0]?.key).toBe('contactPhone');
  });

  it('moves a field into a section and out again', () => {
    const inside = moveFieldTo(visitReport, 'level', 'contact');
    expect(findField(inside, 'contact')?.fields?.map((field) => field.key)).toEqual(['contactName', 'contactPhone', 'level']);
    expect(topKeys(inside)).not.toContain('level');
    expect(findField(inside, 'vipNote')?.showWhen).toBeUndefined();
    const outside = moveFieldTo(inside, 'level', null);
    expect(topKeys(outside).at(-1)).toBe('level');
    expect(moveFieldTo(visitReport, 'contact', 'contact')).toBe(visitReport);
    expect(moveFieldTo(visitReport, 'store', 'level')).toBe(visitReport);
  });

  it('renames a key everywhere a condition names it, and clears a setting given undefined', () => {
    const renamed = updateField(visitReport, 'level', { key: 'grade' });
    expect(findField(renamed, 'grade')?.kind).toBe('select');
    expect(findField(renamed, 'vipNote')?.showWhen).toEqual({ field: 'grade', equals: 'vip' });
    expect(findField(updateField(visitReport, 'contactName', { title: '联系人姓名' }), 'contactName')?.title).toBe('联系人姓名');
    expect(findField(updateField(visitReport, 'store', { minLength: undefined }), 'store')?.minLength).toBeUndefined();
  });

  it('never changes the model it is given', () => {
    addField(visitReport, newField('text', 'x', []));
    removeField(visitReport, 'level');
    reorderField(visitReport, 'contactPhone', 0);
    moveFieldTo(visitReport, 'level', 'contact');
    updateField(visitReport, 'level', { key: 'grade' });
    expect(visitReport).toEqual(frozen);
  });
});
