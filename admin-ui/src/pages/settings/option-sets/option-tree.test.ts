import { describe, expect, it } from 'vitest';
import type { OptionView } from '../../../api/option-sets-api.ts';
import { buildOptionTree, dropPlacement, movedOrder, siblingValues, subtreeValues } from './option-tree.ts';

const option = (value: string, parentValue: string | null, depth = 0): OptionView => ({
  value,
  parentValue,
  label: { 'zh-CN': value, 'en-US': '' },
  color: null,
  sortOrder: 0,
  disabled: false,
  declared: false,
  depth,
});
const options = [option('a', null), option('a1', 'a', 1), option('a2', 'a', 1), option('a2x', 'a2', 2), option('b', null)];

describe('option tree in the editor', () => {
  it('nests the flat list and keeps an orphan at the top', () => {
    const tree = buildOptionTree([...options, option('lost', 'gone')]);
    expect(tree.map((n) => n.option.value)).toEqual(['a', 'b', 'lost']);
    expect(tree[0]?.children.map((n) => n.option.value)).toEqual(['a1', 'a2']);
    expect(tree[0]?.children[1]?.children.map((n) => n.option.value)).toEqual(['a2x']);
  });

  it('moves an option up and down among its siblings', () => {
    expect(siblingValues(options, 'a')).toEqual(['a1', 'a2']);
    expect(movedOrder(['a1', 'a2', 'a3'], 'a3', -1)).toEqual(['a1', 'a3', 'a2']);
    expect(movedOrder(['a1', 'a2', 'a3'], 'a1', 1)).toEqual(['a2', 'a1', 'a3']);
    expect(movedOrder(['a1', 'a2'], 'a1', -1)).toEqual(['a1', 'a2']);
    expect(subtreeValues(options, 'a')).toEqual(new Set(['a', 'a1', 'a2', 'a2x']));
  });

  it('places a dropped option under a target or beside it, never under itself', () => {
    expect(dropPlacement(options, 'b', 'a1', true, false)).toEqual({ parentValue: 'a1', order: ['b'] });
    expect(dropPlacement(options, 'b', 'a1', false, false)).toEqual({ parentValue: 'a', order: ['a1', 'b', 'a2'] });
    expect(dropPlacement(options, 'b', 'a', false, true)).toEqual({ parentValue: null, order: ['b', 'a'] });
    expect(dropPlacement(options, 'a1', 'a2', false, false)).toEqual({ parentValue: 'a', order: ['a2', 'a1'] });
    expect(dropPlacement(options, 'a', 'a2x', true, false)).toBeNull();
  });
});
