import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import type { DashboardFilter, DashboardWidget, DatasetField } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { bindableFields, bindFilter, boundField, retypeFilter } from '../model/filter-binding.ts';
import { type ProblemsByPath, problemsAt } from '../model/save-problems.ts';
import type { ReportSource } from './use-widget-sources.ts';

interface Props {
  filter: DashboardFilter;
  index: number;
  widgets: readonly DashboardWidget[];
  reports: ReadonlyMap<string, ReportSource>;
  fieldsOfWidget: (widget: string) => DatasetField[] | undefined;
  problems: ProblemsByPath;
  onChange: (edit: (filter: DashboardFilter) => DashboardFilter) => void;
  onRemove: () => void;
}

const statusOf = (messages: readonly string[]) => (messages.length > 0 ? ('error' as const) : undefined);

/** One shared filter: its name, its kind (a period or a value) and, per widget, the field it applies to. */
export function FilterEditor({ filter, index, widgets, reports, fieldsOfWidget, problems, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const at = `filters/${index}`;
  const titleProblems = problemsAt(problems, `${at}/title`);
  const widgetTitle = (widget: DashboardWidget) => {
    const source = reports.get(widget.reportId);
    if (source?.state === 'missing') return t('dashboards.widget.report-missing');
    return source?.state === 'loaded' ? source.report.title : widget.key;
  };

  return (
    <Card
      size="small"
      data-testid={`filter-editor-${filter.key}`}
      title={filter.title || t('dashboards.filters.untitled')}
      extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('dashboards.filters.remove', { title: filter.title })} onClick={onRemove} />}
    >
      <Form layout="vertical" component="div">
        <Flex gap={12} wrap>
          <Form.Item label={t('dashboards.filters.title')} required validateStatus={statusOf(titleProblems)} help={titleProblems.join('；') || undefined} style={{ flex: '1 1 200px' }}>
            <Input id={`filter-${filter.key}-title`} maxLength={60} value={filter.title} onChange={(event) => onChange((before) => ({ ...before, title: event.target.value }))} />
          </Form.Item>
          <Form.Item label={t('dashboards.filters.type')} style={{ flex: '0 1 160px' }}>
            <Select
              id={`filter-${filter.key}-type`}
              value={filter.type}
              options={[
                { value: 'period', label: t('dashboards.filters.type.period') },
                { value: 'value', label: t('dashboards.filters.type.value') },
              ]}
              onChange={(type: DashboardFilter['type']) => onChange((before) => retypeFilter(before, type, fieldsOfWidget))}
            />
          </Form.Item>
        </Flex>
        {widgets.length === 0 ? <Typography.Text type="secondary">{t('dashboards.filters.no-widgets')}</Typography.Text> : null}
        {widgets.map((widget) => {
          const fields = fieldsOfWidget(widget.key);
          const bindingIndex = filter.bindings.findIndex((binding) => binding.widget === widget.key);
          const messages = bindingIndex >= 0 ? problemsAt(problems, `${at}/bindings/${bindingIndex}`) : [];
          return (
            <Form.Item
              key={widget.key}
              label={t('dashboards.filters.binding', { widget: widgetTitle(widget) })}
              validateStatus={statusOf(messages)}
              help={messages.join('；') || undefined}
              style={{ marginBottom: 8 }}
            >
              <Select
                id={`filter-${filter.key}-binding-${widget.key}`}
                allowClear
                loading={fields === undefined}
                placeholder={t('dashboards.filters.unbound')}
                value={boundField(filter, widget.key)}
                options={bindableFields(filter.type, fields ?? []).map((field) => ({ value: field.key, label: field.title }))}
                onChange={(field: string | undefined) => onChange((before) => bindFilter(before, widget.key, field))}
              />
            </Form.Item>
          );
        })}
      </Form>
    </Card>
  );
}
