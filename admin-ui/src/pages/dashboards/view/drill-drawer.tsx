import { ArrowLeftOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Drawer, Flex, Grid, Select, Skeleton, Typography } from 'antd';
import type { DatasetField } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { ReportChart } from '../../reports/chart/report-chart.tsx';
import { RecordsButton } from '../../reports/records/records-button.tsx';
import type { ReportView } from '../../reports/reports-api.ts';
import { type ClickedValue, clickedValue, drillRequest, type NextLevel } from '../model/drill-request.ts';
import type { FieldFilter } from '../model/filter-binding.ts';
import { useDrillLevels } from './use-drill-levels.ts';
import { chartOf } from './widget-card.tsx';

export interface DrillStart {
  report: Pick<ReportView, 'id' | 'title' | 'dataset' | 'chart'>;
  clicked: ClickedValue;
  shared: FieldFilter[];
}

const grains = ['day', 'week', 'month', 'quarter', 'year'] as const;
const drawnTypes = new Set(['bar', 'line', 'area', 'pie']);
const rowsValue = '';

/**
 * 钻取: the clicked group of a widget, by a next level the user picks from the dataset's fields (or the
 * group's own rows); a bar clicked here drills one level further, 返回 goes back one level, and 查看明细
 * lists the records of the group drilled into (the dashboard's shared filters applied).
 */
export function DrillDrawer({ start, onClose }: { start: DrillStart; onClose: () => void }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const { tenant } = useSession();
  const { report } = start;
  const drill = useDrillLevels(report.id, report.dataset, start.clicked, start.shared);
  const current = drill.levels[drill.levels.length - 1];
  const next = current?.next;
  const used = new Set(drill.levels.map((level) => level.clicked.column.field));
  const fieldOptions = (drill.fields ?? []).filter((field) => !used.has(field.key));
  const typeOf = (key: string): DatasetField['type'] | undefined => drill.fields?.find((field) => field.key === key)?.type;
  const ownChart = chartOf(report.chart);
  const chart = next ? (drawnTypes.has(ownChart.type) ? ownChart : { type: 'bar' as const }) : { type: 'table' as const };

  const pickField = (key: string) => {
    if (key === rowsValue) return drill.setNext(undefined);
    const type = typeOf(key);
    const level: NextLevel = type === 'time' || type === 'date' ? { field: key, grain: 'month' } : { field: key };
    drill.setNext(level);
  };

  const back = () => (drill.levels.length > 1 ? drill.back() : onClose());
  const steps = drill.levels.map((level) => t('dashboards.drill.step', { field: level.clicked.column.title, value: level.clicked.label }));
  const recordFilters = drillRequest(
    drill.levels.map((level) => level.clicked),
    start.shared,
    undefined,
    tenant.timeZone,
  ).filters;

  return (
    <Drawer
      open
      size={screens.md ? 760 : '100%'}
      title={t('dashboards.drill.title', { report: report.title })}
      onClose={onClose}
      destroyOnHidden
      data-testid="drill-drawer"
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="drill-back">
          {drill.levels.length > 1 ? t('dashboards.drill.back') : t('dashboards.drill.back-to-dashboard')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Breadcrumb
          data-testid="drill-path"
          items={[
            { key: 'report', title: report.title },
            ...steps.map((step, index) => ({ key: String(index), title: step })),
          ]}
        />
        <Flex gap={8} wrap align="center">
          <Typography.Text>
            <label htmlFor="drill-next-level">{t('dashboards.drill.next-level')}</label>
          </Typography.Text>
          <Select
            id="drill-next-level"
            style={{ width: 240 }}
            loading={drill.fields === undefined}
            value={next?.field ?? rowsValue}
            showSearch={{ optionFilterProp: 'label' }}
            options={[{ value: rowsValue, label: t('dashboards.drill.rows') }, ...fieldOptions.map((field) => ({ value: field.key, label: field.title }))]}
            onChange={pickField}
          />
          {next?.grain ? (
            <Select
              aria-label={t('dashboards.drill.grain')}
              style={{ width: 120 }}
              value={next.grain}
              options={grains.map((grain) => ({ value: grain, label: t(`dashboards.grain.${grain}`) }))}
              onChange={(grain) => drill.setNext({ field: next.field, grain })}
            />
          ) : null}
          {drill.levels.length > 0 ? (
            <RecordsButton scope={{ reportId: report.id, reportTitle: report.title, filters: recordFilters ?? [], path: [report.title, ...steps] }} />
          ) : null}
        </Flex>
        {drill.result === undefined ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <div style={{ opacity: drill.loading ? 0.5 : 1 }} data-testid="drill-result">
            <ReportChart
              result={drill.result}
              chart={chart}
              height={360}
              onSelect={
                next && drill.result
                  ? (point) => {
                      const clicked = drill.result ? clickedValue(drill.result, point) : undefined;
                      if (clicked) drill.drillInto(clicked);
                    }
                  : undefined
              }
            />
          </div>
        )}
      </Flex>
    </Drawer>
  );
}
