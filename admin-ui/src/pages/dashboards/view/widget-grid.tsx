import type { DashboardRun } from '../../../api/dashboards-api.ts';
import { readingOrder } from '../model/dashboard-layout.ts';
import type { DrillPoint } from '../model/drill-request.ts';
import { WidgetCard } from './widget-card.tsx';

/** The widgets on the 24-column grid, in reading order so a phone stacks them top to bottom. */
export function WidgetGrid({ run, onSelect }: { run: DashboardRun; onSelect: (widget: string, point: DrillPoint) => void }) {
  const runs = new Map(run.widgets.map((widget) => [widget.key, widget]));
  return (
    <div className="dashboard-grid" data-testid="dashboard-grid">
      {readingOrder(run.dashboard.widgets).map((widget) => (
        <WidgetCard key={widget.key} widget={widget} run={runs.get(widget.key)} onSelect={(point) => onSelect(widget.key, point)} />
      ))}
    </div>
  );
}
