import { Flex, Input, InputNumber, Select, Typography } from 'antd';
import type { DashboardFilter, DashboardRun } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { FilterValue, FilterValues } from '../model/filter-binding.ts';
import { valueInputOf } from '../model/filter-choices.ts';
import { periodLabelKey, relativePeriods } from '../model/period-options.ts';

interface Props {
  run: DashboardRun;
  values: FilterValues;
  onChange: (key: string, value: FilterValue | undefined) => void;
}

/** 共享筛选: one control per shared filter; every change runs the dashboard again. */
export function FilterBar({ run, values, onChange }: Props) {
  const { t } = useI18n();
  const filters = run.dashboard.filters;
  if (filters.length === 0) return null;

  const control = (filter: DashboardFilter) => {
    const value = values[filter.key];
    const common = { id: `dashboard-filter-${filter.key}`, style: { width: 200, maxWidth: '100%' } };
    if (filter.type === 'period') {
      return (
        <Select
          {...common}
          allowClear
          placeholder={t('dashboards.filter.any-period')}
          value={typeof value === 'string' ? value : undefined}
          options={relativePeriods.map((period) => ({ value: period, label: t(periodLabelKey(period)) }))}
          onChange={(next: string | undefined) => onChange(filter.key, next)}
        />
      );
    }
    const input = valueInputOf(filter, run);
    if (input.kind === 'choices') {
      return (
        <Select
          {...common}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('dashboards.filter.any-value')}
          value={typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined}
          options={input.choices.map((choice) => ({ value: String(choice.value), label: choice.label }))}
          onChange={(next: string | undefined) => onChange(filter.key, input.choices.find((choice) => String(choice.value) === next)?.value)}
        />
      );
    }
    if (input.kind === 'number') {
      return (
        <InputNumber
          {...common}
          placeholder={t('dashboards.filter.any-value')}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(filter.key, typeof next === 'number' ? next : undefined)}
        />
      );
    }
    return (
      <Input.Search
        {...common}
        key={String(value ?? '')}
        allowClear
        defaultValue={typeof value === 'string' ? value : ''}
        placeholder={t('dashboards.filter.any-value')}
        onSearch={(next) => onChange(filter.key, next.trim() || undefined)}
      />
    );
  };

  return (
    <Flex gap={16} wrap align="center" data-testid="dashboard-filter-bar">
      {filters.map((filter) => (
        <Flex key={filter.key} gap={8} align="center">
          <Typography.Text>
            <label htmlFor={`dashboard-filter-${filter.key}`}>{filter.title}</label>
          </Typography.Text>
          {control(filter)}
        </Flex>
      ))}
    </Flex>
  );
}
