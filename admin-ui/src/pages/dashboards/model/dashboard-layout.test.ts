import { describe, expect, it } from 'vitest';
import { addWidget, layoutChanged, layoutToWidgets, nextWidgetKey, readingOrder, widgetsToLayout } from './dashboard-layout.ts';

const report = '0190a0c0-0000-7000-8000-000000000001';
const sales = { key: 'w1', reportId: report, x: 0, y: 0, w: 12, h: 8 };
const visits = { key: 'w2', reportId: report, x: 12, y: 0, w: 12, h: 8 };

describe('widgets on the 24-column grid', () => {
  it('become grid cells named by their keys and come back unchanged', () => {
    const layout = widgetsToLayout([sales, visits]);
    expect(layout.map(({ i, x, y, w, h }) => ({ i, x, y, w, h }))).toEqual([
      { i: 'w1', x: 0, y: 0, w: 12, h: 8 },
      { i: 'w2', x: 12, y: 0, w: 12, h: 8 },
    ]);
    expect(layoutToWidgets([sales, visits], layout)).toEqual([sales, visits]);
    expect(layoutChanged([sales, visits], layout)).toBe(false);
  });

  it('take the place and size the grid gives them after a drag or resize', () => {
    const moved = layoutToWidgets([sales, visits], [
      { i: 'w1', x: 0, y: 8, w: 24, h: 10 },
      { i: 'w2', x: 0, y: 0, w: 6, h: 4 },
    ]);
    expect(moved).toEqual([
      { ...sales, y: 8, w: 24, h: 10 },
      { ...visits, x: 0, w: 6, h: 4 },
    ]);
    expect(layoutChanged([sales, visits], [{ i: 'w1', x: 0, y: 8, w: 24, h: 10 }])).toBe(true);
  });

  it('stay within what the server accepts', () => {
    const [widget] = layoutToWidgets([sales], [{ i: 'w1', x: 20, y: -1, w: 30, h: 99 }]);
    expect(widget).toEqual({ ...sales, x: 0, y: 0, w: 24, h: 40 });
    const [narrow] = layoutToWidgets([sales], [{ i: 'w1', x: 22, y: 3.4, w: 6, h: 0 }]);
    expect(narrow).toEqual({ ...sales, x: 18, y: 3, w: 6, h: 1 });
  });

  it('keep their place when the layout does not name them', () => {
    expect(layoutToWidgets([sales, visits], [{ i: 'w2', x: 0, y: 8, w: 12, h: 8 }])[0]).toEqual(sales);
  });

  it('are added below the others with a key not in use', () => {
    expect(nextWidgetKey([])).toBe('w1');
    expect(nextWidgetKey([visits])).toBe('w1');
    expect(nextWidgetKey([sales, visits])).toBe('w3');
    const added = addWidget([sales, { ...visits, h: 10 }], report);
    expect(added).toHaveLength(3);
    expect(added[2]).toEqual({ key: 'w3', reportId: report, x: 0, y: 10, w: 12, h: 8 });
    expect(addWidget([], report)[0]).toMatchObject({ key: 'w1', x: 0, y: 0 });
  });

  it('stack on a phone top to bottom, then left to right', () => {
    const below = { ...sales, key: 'w3', y: 8 };
    expect(readingOrder([below, visits, sales]).map((widget) => widget.key)).toEqual(['w1', 'w2', 'w3']);
  });
});
