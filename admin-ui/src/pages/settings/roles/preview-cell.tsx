import { Flex, Tag, Tooltip } from 'antd';
import type { PreviewCell as PreviewCellView, SubjectView } from '../../../api/access-api.ts';
import { describeConditions } from '../../../access/describe-conditions.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

const accessColors = { all: 'success', some: 'warning', none: 'default' } as const;

/** One cell of the preview: all / some / none, with the data scope and denied fields on hover. */
export function PreviewCell({
  subject,
  action,
  cell,
}: {
  subject: SubjectView;
  action: string;
  cell: PreviewCellView | undefined;
}) {
  const { t } = useI18n();
  const access = cell?.access ?? 'none';
  const lines: string[] = [];
  if (cell?.conditions) {
    lines.push(t('settings.roles.preview.conditions', { conditions: describeConditions(cell.conditions, subject) }));
  }
  if (cell && cell.deniedFields.length > 0) {
    const titles = cell.deniedFields.map((key) => subject.fields.find((field) => field.key === key)?.title ?? key);
    lines.push(t('settings.roles.preview.denied-fields', { fields: titles.join('、') }));
  }
  const tag = (
    <Tag color={accessColors[access]} data-testid={`preview-${subject.key}-${action}`}>
      {t(`settings.roles.preview.${access}`)}
      {lines.length > 0 ? ' *' : ''}
    </Tag>
  );
  if (lines.length === 0) return tag;
  return (
    <Tooltip
      title={
        <Flex vertical gap={4}>
          {lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </Flex>
      }
    >
      {tag}
    </Tooltip>
  );
}
