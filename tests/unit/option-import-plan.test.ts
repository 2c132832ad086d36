import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ExistingOption, planOptionImport } from '../../core/taxonomy/domain/option-import-plan.ts';
import { zipFitsWithin } from '../../core/taxonomy/zip-fits-within.ts';

const existing: ExistingOption[] = [
  { value: 'warm', parentValue: null, sortOrder: 0, label: { 'zh-CN': '暖色', 'en-US': 'Warm' }, color: null },
  { value: 'red', parentValue: 'warm', sortOrder: 0, label: { 'zh-CN': '红', 'en-US': '' }, color: '#ff0000' },
];

describe('planning an import', () => {
  it('adds new rows after their siblings, relabels changed ones and counts the rest', () => {
    const plan = planOptionImport(existing, [
      { value: 'dark-red', parentValue: 'red', label: { 'zh-CN': '暗红' } },
      { value: 'red', parentValue: 'warm', label: { 'zh-CN': '大红' } },
      { value: 'warm', label: { 'zh-CN': '暖色', 'en-US': 'Warm' } },
      { value: 'orange', parentValue: 'warm', label: { 'zh-CN': '橙' }, color: '#FFA500', disabled: true },
      { value: 'cool', label: { 'zh-CN': '冷色' }, sortOrder: 7 },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.add.map((o) => [o.value, o.parentValue, o.sortOrder, o.color, o.disabled])).toEqual([
      ['dark-red', 'red', 0, null, false],
      ['orange', 'warm', 1, '#ffa500', true],
      ['cool', null, 7, null, false],
    ]);
    // an absent color keeps the existing one; the value and parent stay
    expect(plan.relabel).toEqual([{ ...existing[1], label: { 'zh-CN': '大红', 'en-US': '' } }]);
    expect(plan.unchanged).toBe(1);
  });

  it('places a new child given before its new parent under it', () => {
    const plan = planOptionImport([], [
      { value: 'child', parentValue: 'parent', label: { 'zh-CN': '子' } },
      { value: 'parent', label: { 'zh-CN': '父' } },
    ]);
    expect(plan.add.map((o) => [o.value, o.parentValue])).toEqual([['child', 'parent'], ['parent', null]]);
  });

  it('reports duplicates, unknown parents, moves of existing options and loops, and plans nothing', () => {
    const plan = planOptionImport(existing, [
      { value: 'x', parentValue: 'nowhere', label: { 'zh-CN': '某' } },
      { value: 'x', label: { 'zh-CN': '某' } },
      { value: 'red', parentValue: null, label: { 'zh-CN': '红' } },
      { value: 'p', parentValue: 'q', label: { 'zh-CN': '甲' } },
      { value: 'q', parentValue: 'p', label: { 'zh-CN': '乙' } },
      { value: 's', parentValue: 's', label: { 'zh-CN': '丙' } },
    ]);
    expect(plan.problems.map((p) => `${p.row} ${p.field} ${p.code}`)).toEqual([
      '0 parentValue unknown-parent',
      '1 value duplicate',
      '2 parentValue parent-changed',
      '3 parentValue cycle',
      '4 parentValue cycle',
      '5 parentValue cycle',
    ]);
    expect(plan.add).toEqual([]);
    expect(plan.relabel).toEqual([]);
  });
});

/** A zip holding one deflated file, written by hand. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fileName.length, 12);
  end.writeUInt32LE(30 + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('unpacked size of an uploaded workbook', () => {
  it('lets a small file through and stops one that unpacks past the limit, whatever its header claims', () => {
    expect(zipFitsWithin(zipOf('a.xml', Buffer.from('<x/>')), 1024)).toBe(true);
    const bomb = zipOf('a.xml', Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(zipFitsWithin(bomb, 20 * 1024 * 1024)).toBe(false);
    const lying = Buffer.from(bomb);
    lying.writeUInt32LE(10, lying.length - 22 - 46 - 5 + 24);
    expect(zipFitsWithin(lying, 20 * 1024 * 1024)).toBe(false);
    expect(zipFitsWithin(Buffer.from('not a zip at all, not at all'), 1024)).toBe(false);
  });
});
