import { Breadcrumb, Flex, Select, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DatasetField } from '../reports-api.ts';
import type { DrillLevel } from './drill.ts';

interface Props {
  levels: DrillLevel[];
  fields: DatasetField[];
  chosen: string | undefined;
  onChoose: (field: string | undefined) => void;
  onBack: (depth: number) => void;
}

const drillTypes = new Set(['option', 'string', 'boolean', 'time', 'date', 'number']);

/** Where the reader is in a drill-down (全部 › 重要客户 › …, each a way back up) and which field the next click opens. */
export function DrillBar({ levels, fields, chosen, onChoose, onBack }: Props) {
  const { t } = useI18n();
  const crumbs = [{ label: t('reports.view.drill.all') }, ...levels];
  return (
    <Flex justify="space-between" align="center" gap={12} wrap data-testid="drill-bar">
      <Breadcrumb
        items={crumbs.map((level, depth) => ({
          key: depth,
          title:
            depth === crumbs.length - 1 ? (
              <span data-testid="drill-current">{level.label}</span>
            ) : (
              <a onClick={() => onBack(depth)} data-testid={`drill-up-${depth}`}>
                {level.label}
              </a>
            ),
        }))}
      />
      <Flex align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('reports.view.drill.hint')}</Typography.Text>
        <Select
          allowClear
          aria-label={t('reports.view.drill.next')}
          placeholder={t('reports.view.drill.next')}
          value={chosen}
          options={fields.filter((field) => drillTypes.has(field.type)).map((field) => ({ value: field.key, label: field.title }))}
          onChange={(field: string | undefined) => onChoose(field)}
          style={{ width: 180 }}
          data-testid="drill-next"
        />
      </Flex>
    </Flex>
  );
}
