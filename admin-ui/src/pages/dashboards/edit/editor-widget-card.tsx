import { DeleteOutlined, DragOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import type { DashboardWidget } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ReportSource } from './use-widget-sources.ts';

interface Props {
  widget: DashboardWidget;
  source: ReportSource | undefined;
  problems: readonly string[];
  /** False where the widgets stack (a phone): no handle to drag by. */
  draggable: boolean;
  onRemove: () => void;
}

/** A widget on the editor's grid: its report, its size, the save's problems about it, and 移除. */
export function EditorWidgetCard({ widget, source, problems, draggable, onRemove }: Props) {
  const { t } = useI18n();
  const title =
    source?.state === 'loaded' ? source.report.title : source?.state === 'missing' ? t('dashboards.widget.report-missing') : t('common.loading');
  const chartType = source?.state === 'loaded' ? String(source.report.chart.type ?? '') : '';
  return (
    <Card
      size="small"
      data-testid={`editor-widget-${widget.key}`}
      title={
        <Flex gap={8} align="center" className="dashboard-widget-handle" title={draggable ? t('dashboards.editor.drag-hint') : undefined}>
          {draggable ? <DragOutlined /> : null}
          <Typography.Text ellipsis>{title}</Typography.Text>
        </Flex>
      }
      extra={
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('dashboards.editor.remove-widget', { title })}
          onClick={onRemove}
        />
      }
    >
      <Flex vertical gap={8}>
        <Flex gap={8} wrap>
          {chartType ? <Tag color="blue">{t(`dashboards.chart.${chartType}`)}</Tag> : null}
          <Typography.Text type="secondary">{t('dashboards.editor.size', { w: widget.w, h: widget.h })}</Typography.Text>
        </Flex>
        {problems.length > 0 ? <Alert type="error" showIcon title={problems.join('；')} data-testid="widget-save-problem" /> : null}
      </Flex>
    </Card>
  );
}
