import { describe, expect, it } from 'vitest';
import { declaredOptionSetProblems, flattenDeclaredOptions } from '../../core/taxonomy/domain/declared-options.ts';
import { createsCycle, depthOf, inTreeOrder, nextSortOrder, subtreeValues } from '../../core/taxonomy/domain/option-tree.ts';
import { manifestErrors } from '../../core/plugin-runtime/validate-manifest.ts';

const o = (value: string, parentValue: string | null, sortOrder = 0) => ({ value, parentValue, sortOrder });
// deliberately shuffled: children before parents, siblings out of order
const options = [o('b2', 'b', 1), o('a', null, 0), o('b1', 'b', 0), o('b', null, 1), o('b1x', 'b1', 0), o('c', null, 1)];

describe('option tree', () => {
  it('orders parents before children, siblings by sort order then value, with depths', () => {
    expect(inTreeOrder(options).map(({ option, depth }) => `${depth}:${option.value}`)).toEqual(['0:a', '0:b', '1:b1', '2:b1x', '1:b2', '0:c']);
  });

  it('keeps every option exactly once, and an option whose parent is missing at the top', () => {
    const withOrphan = [...options, o('lost', 'gone', 0)];
    const ordered = inTreeOrder(withOrphan).map(({ option }) => option.value);
    expect(ordered.toSorted()).toEqual(withOrphan.map((x) => x.value).toSorted());
    expect(inTreeOrder(withOrphan).find(({ option }) => option.value === 'lost')?.depth).toBe(0);
  });

  it('finds a subtree, its depth and the moves that would loop', () => {
    expect(subtreeValues(options, 'b')).toEqual(['b', 'b1', 'b1x', 'b2']);
    expect(subtreeValues(options, 'c')).toEqual(['c']);
    expect(depthOf(options, 'b1x')).toBe(2);
    expect(depthOf(options, 'a')).toBe(0);
    for (const [value, parent, loops] of [
      ['b', 'b1x', true],
      ['b', 'b', true],
      ['b1', 'b2', false],
      ['b1x', 'a', false],
      ['b', null, false],
    ] as const) {
      expect(createsCycle(options, value, parent), `${value} under ${parent}`).toBe(loops);
    }
  });

  it('puts a new option after its siblings', () => {
    expect(nextSortOrder(options, 'b')).toBe(2);
    expect(nextSortOrder(options, 'b1x')).toBe(0);
    expect(nextSortOrder(options, null)).toBe(2);
  });
});

describe('declared option sets', () => {
  const label = { 'zh-CN': '甲', 'en-US': 'A' };

  it('flattens the declared tree parents first, numbering siblings in declared order', () => {
    const flat = flattenDeclaredOptions([
      { value: 'open', label, color: '#1677FF', children: [{ value: 'new', label }, { value: 'paid', label }] },
      { value: 'closed', label },
    ]);
    expect(flat.map((x) => [x.value, x.parentValue, x.sortOrder, x.color])).toEqual([
      ['open', null, 0, '#1677ff'],
      ['new', 'open', 0, null],
      ['paid', 'open', 1, null],
      ['closed', null, 1, null],
    ]);
  });

  it('names every problem of a declaration with its path', () => {
    const problems = declaredOptionSetProblems('orders', [
      { key: 'orders.status', name: label, options: [{ value: 'a', label, children: [{ value: 'a', label }, { value: '=x', label }] }] },
      { key: 'other.status', name: label, options: [{ value: 'b', label: { 'zh-CN': ' ', 'en-US': 'B' }, color: 'red' }] },
      { key: 'orders.status', name: label, options: [] },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^\/optionSets\/0\/options\/0\/children\/0\/value: "a" is declared twice/),
      expect.stringMatching(/^\/optionSets\/0\/options\/0\/children\/1\/value: /),
      expect.stringMatching(/^\/optionSets\/1\/key: /),
      expect.stringMatching(/^\/optionSets\/1\/options\/0\/color: /),
      expect.stringMatching(/^\/optionSets\/1\/options\/0\/label\/zh-CN: /),
      expect.stringMatching(/^\/optionSets\/2\/key: "orders.status" is declared twice/),
    ]);
  });

  it('is checked with the rest of a manifest', () => {
    const manifest = { name: 'orders', version: '1.0.0', core: '^0.1', title: label };
    expect(manifestErrors({ ...manifest, optionSets: [{ key: 'orders.status', name: label, options: [{ value: 'a', label }] }] })).toEqual([]);
    expect(manifestErrors({ ...manifest, optionSets: [{ key: 'status', name: label, options: [] }] })).toEqual([
      expect.stringMatching(/^\/optionSets\/0\/key: /),
    ]);
    expect(manifestErrors({ ...manifest, optionSets: [{ key: 'orders.status', name: label }] })[0]).toMatch(/^\/optionSets\/0/);
  });
});
