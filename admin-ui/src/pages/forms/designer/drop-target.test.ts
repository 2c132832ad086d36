import { describe, expect, it } from 'vitest';
import { visitReport } from './designer-fixture.ts';
import { dragIds, dropActionOf, dropTargetRank } from './drop-target.ts';

describe('dropping on the designer canvas', () => {
  it('adds a palette field before the field it is over, or at the end of a zone', () => {
    expect(dropActionOf(visitReport, dragIds.palette('text'), dragIds.field('level'))).toEqual({ type: 'add', kind: 'text', index: 1 });
    expect(dropActionOf(visitReport, dragIds.palette('text'), dragIds.canvas)).toEqual({ type: 'add', kind: 'text' });
    expect(dropActionOf(visitReport, dragIds.palette('money'), dragIds.section('contact'))).toEqual({ type: 'add', kind: 'money', section: 'contact' });
    expect(dropActionOf(visitReport, dragIds.palette('date'), dragIds.field('contactPhone'))).toEqual({
      type: 'add',
      kind: 'date',
      section: 'contact',
      index: 1,
    });
  });

  it('keeps sections at the top level', () => {
    expect(dropActionOf(visitReport, dragIds.palette('section'), dragIds.field('contactPhone'))).toEqual({ type: 'add', kind: 'section' });
    expect(dropActionOf(visitReport, dragIds.field('contact'), dragIds.section('contact'))).toBeUndefined();
  });

  it('reorders within a container and moves between containers', () => {
    expect(dropActionOf(visitReport, dragIds.field('store'), dragIds.field('tags'))).toEqual({ type: 'reorder', key: 'store', index: 3 });
    expect(dropActionOf(visitReport, dragIds.field('store'), dragIds.canvas)).toEqual({ type: 'reorder', key: 'store', index: 16 });
    expect(dropActionOf(visitReport, dragIds.field('contactPhone'), dragIds.field('contactName'))).toEqual({
      type: 'reorder',
      key: 'contactPhone',
      index: 0,
    });
    expect(dropActionOf(visitReport, dragIds.field('store'), dragIds.field('contactName'))).toEqual({ type: 'move', key: 'store', section: 'contact' });
    expect(dropActionOf(visitReport, dragIds.field('contactName'), dragIds.canvas)).toEqual({ type: 'move', key: 'contactName', section: null });
  });

  it('does nothing over itself, nowhere or an unknown zone', () => {
    expect(dropActionOf(visitReport, dragIds.field('store'), dragIds.field('store'))).toBeUndefined();
    expect(dropActionOf(visitReport, dragIds.field('store'), undefined)).toBeUndefined();
    expect(dropActionOf(visitReport, dragIds.field('store'), dragIds.section('store'))).toBeUndefined();
    expect(dropActionOf(visitReport, dragIds.field('gone'), dragIds.canvas)).toBeUndefined();
    expect(dropActionOf(visitReport, 'palette:nope', dragIds.canvas)).toBeUndefined();
  });

  it('ranks the innermost zone first', () => {
    const ids = [dragIds.canvas, dragIds.field('contact'), dragIds.section('contact'), dragIds.field('contactName')];
    expect([...ids].sort((a, b) => dropTargetRank(visitReport, a) - dropTargetRank(visitReport, b))).toEqual([
      dragIds.field('contactName'),
      dragIds.section('contact'),
      dragIds.field('contact'),
      dragIds.canvas,
    ]);
  });
});
