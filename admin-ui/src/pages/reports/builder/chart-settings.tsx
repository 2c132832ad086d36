import { Checkbox, Flex, InputNumber, Radio, Select, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { chartTypeIcons } from '../chart-type-tag.tsx';
import type { ReportChartType } from '../chart/report-chart.tsx';
import type { DatasetField } from '../reports-api.ts';
import type { ProblemSlots } from './problem-slots.ts';
import { ProblemText } from './problem-text.tsx';
import type { ReportDraft } from './report-draft.ts';

const chartTypes: ReportChartType[] = ['bar', 'line', 'area', 'pie', 'table', 'pivot', 'kpi', 'gauge'];

interface Props {
  draft: ReportDraft;
  fields: Map<string, DatasetField>;
  problems: ProblemSlots;
  onChange: (draft: ReportDraft) => void;
}

/** 图表类型 with its own options, 排序 by a result column, and the most groups to show. */
export function ChartSettings({ draft, fields, problems, onChange }: Props) {
  const { t } = useI18n();
  const { type, options } = draft.chart;
  const setOption = (name: string, value: string | number | boolean | undefined) => {
    const next = { ...options };
    if (value === undefined || value === false) delete next[name];
    else next[name] = value;
    onChange({ ...draft, chart: { type, options: next } });
  };
  const titleOf = (key: string) => fields.get(key)?.title ?? key;
  const columns = [
    ...draft.dimensions.map((dimension, index) => ({ value: `d${index}`, label: titleOf(dimension.field) })),
    ...draft.measures.map((measure, index) => ({
      value: `m${index}`,
      label: measure.field
        ? `${t(`reports.measure.${measure.op}`)} · ${titleOf(measure.field)}${measure.op === 'ratio' && measure.over ? ` / ${titleOf(measure.over)}` : ''}`
        : t('reports.measure.rows'),
    })),
  ];
  return (
    <Flex vertical gap={12}>
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('reports.builder.chart')}</Typography.Text>
        <Radio.Group
          optionType="button"
          size="small"
          value={type}
          onChange={(event) => onChange({ ...draft, chart: { type: event.target.value as ReportChartType, options: {} } })}
          options={chartTypes.map((chart) => ({
            value: chart,
            label: (
              <span>
                {chartTypeIcons[chart]} {t(`reports.chart.type.${chart}`)}
              </span>
            ),
          }))}
          style={{ display: 'flex', flexWrap: 'wrap', rowGap: 6 }}
          data-testid="chart-type"
        />
        <ProblemText messages={problems.chart} />
        <Flex gap={12} wrap align="center">
          {type === 'bar' || type === 'line' || type === 'area' ? (
            <Checkbox checked={options.stack === true} onChange={(event) => setOption('stack', event.target.checked)}>
              {t('reports.chart.stack')}
            </Checkbox>
          ) : null}
          {type === 'bar' ? (
            <Checkbox checked={options.horizontal === true} onChange={(event) => setOption('horizontal', event.target.checked)}>
              {t('reports.chart.horizontal')}
            </Checkbox>
          ) : null}
          {type === 'kpi' ? (
            // the server runs the query again one period back when a relative-period filter is set
            <Checkbox checked={options.compare === 'previous-period'} onChange={(event) => setOption('compare', event.target.checked ? 'previous-period' : undefined)}>
              {t('reports.chart.compare')}
            </Checkbox>
          ) : null}
          {type === 'gauge' ? (
            <Flex gap={6} align="center">
              <Typography.Text>{t('reports.chart.max')}</Typography.Text>
              <InputNumber
                min={1}
                value={typeof options.max === 'number' ? options.max : null}
                onChange={(value) => setOption('max', value ?? undefined)}
                aria-label={t('reports.chart.max')}
              />
            </Flex>
          ) : null}
        </Flex>
      </Flex>
      <Flex gap={12} wrap>
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 200 }}>
          <Typography.Text strong>{t('reports.builder.sort')}</Typography.Text>
          <Flex gap={6}>
            <Select
              allowClear
              aria-label={t('reports.builder.sort')}
              placeholder={t('reports.builder.sort.default')}
              value={draft.sort?.column}
              options={columns}
              onChange={(column: string | undefined) => onChange({ ...draft, sort: column ? { column, direction: draft.sort?.direction ?? 'desc' } : undefined })}
              style={{ flex: 1, minWidth: 120 }}
            />
            {draft.sort ? (
              <Select
                value={draft.sort.direction}
                options={[
                  { value: 'asc', label: t('reports.builder.sort.asc') },
                  { value: 'desc', label: t('reports.builder.sort.desc') },
                ]}
                onChange={(direction) => draft.sort && onChange({ ...draft, sort: { column: draft.sort.column, direction } })}
                style={{ width: 96 }}
              />
            ) : null}
          </Flex>
          <ProblemText messages={problems.sort ?? problems['sort.0']} />
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('reports.builder.limit')}</Typography.Text>
          <InputNumber
            aria-label={t('reports.builder.limit')}
            min={1}
            max={10000}
            precision={0}
            value={draft.limit}
            onChange={(value) => onChange({ ...draft, limit: value ?? 1000 })}
          />
          <ProblemText messages={problems.limit} />
        </Flex>
      </Flex>
    </Flex>
  );
}
