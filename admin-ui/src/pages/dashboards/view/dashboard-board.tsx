import { App, Flex } from 'antd';
import { type ReactNode, useState } from 'react';
import type { DashboardRun } from '../../../api/dashboards-api.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { clickedValue, type DrillPoint } from '../model/drill-request.ts';
import { type FilterValue, type FilterValues, widgetFilters } from '../model/filter-binding.ts';
import { DrillDrawer, type DrillStart } from './drill-drawer.tsx';
import { FilterBar } from './filter-bar.tsx';
import { WidgetGrid } from './widget-grid.tsx';

interface Props {
  run: DashboardRun;
  values: FilterValues;
  onFilterChange: (key: string, value: FilterValue | undefined) => void;
  /** What an empty dashboard offers (编辑 for those who may). */
  emptyAction?: ReactNode;
}

/** The shared filter bar, the widgets' grid and the drill-down drawer a clicked bar opens. */
export function DashboardBoard({ run, values, onFilterChange, emptyAction }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [drill, setDrill] = useState<DrillStart | undefined>(undefined);

  const startDrill = (widgetKey: string, point: DrillPoint) => {
    const widget = run.widgets.find((candidate) => candidate.key === widgetKey);
    if (!widget?.report || !widget.result) return;
    const clicked = clickedValue(widget.result, point);
    if (!clicked) {
      void message.info(t('dashboards.drill.empty-group'));
      return;
    }
    setDrill({ report: widget.report, clicked, shared: widgetFilters(run.dashboard, widgetKey, values) });
  };

  if (run.dashboard.widgets.length === 0) {
    return <ListEmpty title={t('dashboards.view.empty.title')} description={t('dashboards.view.empty.description')} action={emptyAction} />;
  }
  return (
    <Flex vertical gap={16}>
      <FilterBar run={run} values={values} onChange={onFilterChange} />
      <WidgetGrid run={run} onSelect={startDrill} />
      {drill ? <DrillDrawer start={drill} onClose={() => setDrill(undefined)} /> : null}
    </Flex>
  );
}
