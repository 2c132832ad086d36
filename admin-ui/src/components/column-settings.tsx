import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Tooltip } from 'antd';
import { useI18n } from '../i18n/use-i18n.ts';

export interface ColumnChoice {
  key: string;
  title: string;
}

/** The list page's column settings: which columns the table shows. */
export function ColumnSettings({
  columns,
  hidden,
  onChange,
}: {
  columns: ColumnChoice[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useI18n();
  const shown = columns.filter((column) => !hidden.includes(column.key)).map((column) => column.key);
  const content = (
    <Checkbox.Group
      value={shown}
      onChange={(values) => onChange(columns.map((c) => c.key).filter((key) => !values.includes(key)))}
    >
      <Flex vertical gap={4}>
        {columns.map((column) => (
          <Checkbox key={column.key} value={column.key}>
            {column.title}
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight" title={t('common.columns')}>
      <Tooltip title={t('common.columns')}>
        <Button icon={<SettingOutlined />} aria-label={t('common.columns')} />
      </Tooltip>
    </Popover>
  );
}
