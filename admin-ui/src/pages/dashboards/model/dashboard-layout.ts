import type { DashboardWidget } from '../../../api/dashboards-api.ts';

/** The grid the server stores widgets on (schemas/dashboard.ts): 24 columns, rows 0–1000, up to 40 rows high. */
export const gridColumns = 24;
const maxY = 1000;
const maxH = 40;
export const newWidgetSize = { w: 12, h: 8 } as const;

/** One cell of react-grid-layout's layout: `i` is the widget's key. */
export interface GridCell {
  i: string;
  x: number;
  y: number;
  w: number;
  h: number;
  minW?: number;
  minH?: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

export function widgetsToLayout(widgets: readonly DashboardWidget[]): GridCell[] {
  return widgets.map((widget) => ({ i: widget.key, x: widget.x, y: widget.y, w: widget.w, h: widget.h, minW: 3, minH: 3 }));
}

/**
 * The widgets placed where the grid has them now, kept within what the server accepts (a cell the grid
 * pushed past the edge is pulled back in). Widgets the layout does not know keep their place.
 */
export function layoutToWidgets(widgets: readonly DashboardWidget[], layout: readonly GridCell[]): DashboardWidget[] {
  const cells = new Map(layout.map((cell) => [cell.i, cell]));
  return widgets.map((widget) => {
    const cell = cells.get(widget.key);
    if (!cell) return widget;
    const w = clamp(cell.w, 1, gridColumns);
    return { ...widget, x: clamp(cell.x, 0, gridColumns - w), y: clamp(cell.y, 0, maxY), w, h: clamp(cell.h, 1, maxH) };
  });
}

/** Whether the grid moved or resized anything, so a layout callback that changes nothing is not an edit. */
export function layoutChanged(widgets: readonly DashboardWidget[], layout: readonly GridCell[]): boolean {
  const placed = layoutToWidgets(widgets, layout);
  return placed.some((widget, index) => {
    const before = widgets[index];
    return !before || widget.x !== before.x || widget.y !== before.y || widget.w !== before.w || widget.h !== before.h;
  });
}

/** `w1`, `w2`…: the first key no widget has (keys stay stable, shared filters bind by them). */
export function nextWidgetKey(widgets: readonly DashboardWidget[]): string {
  const taken = new Set(widgets.map((widget) => widget.key));
  let n = 1;
  while (taken.has(`w${n}`)) n++;
  return `w${n}`;
}

/** A new widget for a report, below everything already on the grid, half the width. */
export function addWidget(widgets: readonly DashboardWidget[], reportId: string): DashboardWidget[] {
  const bottom = widgets.reduce((lowest, widget) => Math.max(lowest, widget.y + widget.h), 0);
  return [...widgets, { key: nextWidgetKey(widgets), reportId, x: 0, y: Math.min(bottom, maxY), ...newWidgetSize }];
}

/** The widgets in reading order (top to bottom, then left to right): how they stack on a phone. */
export function readingOrder<T extends { x: number; y: number }>(widgets: readonly T[]): T[] {
  return [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
}
