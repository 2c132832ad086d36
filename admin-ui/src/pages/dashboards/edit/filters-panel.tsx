import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { DashboardFilter, DashboardWidget, DatasetField } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { nextFilterKey } from '../model/filter-binding.ts';
import type { ProblemsByPath } from '../model/save-problems.ts';
import { FilterEditor } from './filter-editor.tsx';
import type { ReportSource } from './use-widget-sources.ts';

interface Props {
  filters: readonly DashboardFilter[];
  widgets: readonly DashboardWidget[];
  reports: ReadonlyMap<string, ReportSource>;
  fieldsOfWidget: (widget: string) => DatasetField[] | undefined;
  problems: ProblemsByPath;
  onChange: (filters: DashboardFilter[]) => void;
}

const maxFilters = 10;

/** 共享筛选: filters every bound widget follows, e.g. one period for all charts. */
export function FiltersPanel({ filters, widgets, reports, fieldsOfWidget, problems, onChange }: Props) {
  const { t } = useI18n();
  const add = () =>
    onChange([...filters, { key: nextFilterKey(filters), title: t('dashboards.filters.default-title'), type: 'period', bindings: [] }]);
  return (
    <Card
      variant="borderless"
      title={t('dashboards.filters.heading')}
      extra={
        <Button icon={<PlusOutlined />} onClick={add} disabled={filters.length >= maxFilters} data-testid="add-filter">
          {t('dashboards.filters.add')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        {filters.length === 0 ? <Typography.Text type="secondary">{t('dashboards.filters.empty')}</Typography.Text> : null}
        {filters.map((filter, index) => (
          <FilterEditor
            key={filter.key}
            filter={filter}
            index={index}
            widgets={widgets}
            reports={reports}
            fieldsOfWidget={fieldsOfWidget}
            problems={problems}
            onChange={(edit) => onChange(filters.map((candidate, i) => (i === index ? edit(candidate) : candidate)))}
            onRemove={() => onChange(filters.filter((_, i) => i !== index))}
          />
        ))}
      </Flex>
    </Card>
  );
}
