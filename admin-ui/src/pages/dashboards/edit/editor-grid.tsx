import { Flex } from 'antd';
import { GridLayout, type Layout, useContainerWidth } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import type { DashboardWidget } from '../../../api/dashboards-api.ts';
import { gridColumns, type GridCell, layoutChanged, readingOrder, widgetsToLayout } from '../model/dashboard-layout.ts';
import type { ProblemsByPath } from '../model/save-problems.ts';
import { problemsAt } from '../model/save-problems.ts';
import { rowGap, rowHeight } from '../widget-size.ts';
import { EditorWidgetCard } from './editor-widget-card.tsx';
import type { ReportSource } from './use-widget-sources.ts';

interface Props {
  widgets: readonly DashboardWidget[];
  reports: ReadonlyMap<string, ReportSource>;
  problems: ProblemsByPath;
  onLayout: (layout: readonly GridCell[]) => void;
  onRemove: (key: string) => void;
}

/** Narrower than this the 24 columns are too thin to drag on: the widgets stack and keep their layout. */
const minDragWidth = 560;

/** The widgets on the 24-column grid: dragged by their header, resized by their corner. */
export function EditorGrid({ widgets, reports, problems, onLayout, onRemove }: Props) {
  const { width, containerRef, mounted } = useContainerWidth();
  const draggable = width >= minDragWidth;
  const card = (widget: DashboardWidget) => (
    <EditorWidgetCard
      draggable={draggable}
      widget={widget}
      source={reports.get(widget.reportId)}
      problems={problemsAt(problems, `widgets/${widgets.indexOf(widget)}`)}
      onRemove={() => onRemove(widget.key)}
    />
  );
  return (
    <div ref={containerRef} className="dashboard-editor-grid" data-testid="editor-grid">
      {mounted && !draggable ? (
        <Flex vertical gap={rowGap}>
          {readingOrder(widgets).map((widget) => (
            <div key={widget.key}>{card(widget)}</div>
          ))}
        </Flex>
      ) : null}
      {mounted && draggable ? (
        <GridLayout
          width={width}
          layout={widgetsToLayout(widgets)}
          gridConfig={{ cols: gridColumns, rowHeight, margin: [rowGap, rowGap], containerPadding: [0, 0] }}
          dragConfig={{ handle: '.dashboard-widget-handle' }}
          resizeConfig={{ handles: ['se'] }}
          onLayoutChange={(layout: Layout) => {
            if (layoutChanged(widgets, layout)) onLayout(layout);
          }}
        >
          {widgets.map((widget) => (
            <div key={widget.key}>{card(widget)}</div>
          ))}
        </GridLayout>
      ) : null}
    </div>
  );
}
