import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popover, Radio, Select, Typography } from 'antd';
import type { SubjectView } from '../../../api/access-api.ts';
import type { CellGrant } from '../../../access/permission-matrix.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

/** A cell's field permissions: all fields or only some, and fields hidden again by a `cannot` rule. */
export function FieldRulesPopover({
  subject,
  grant,
  disabled,
  onChange,
}: {
  subject: SubjectView;
  grant: CellGrant;
  disabled: boolean;
  onChange: (grant: CellGrant) => void;
}) {
  const { t } = useI18n();
  const options = subject.fields.map((field) => ({ value: field.key, label: field.title }));
  const isRestricted = grant.fields !== null;
  const count = (grant.fields?.length ?? 0) + grant.hiddenFields.length;

  const content = (
    <Flex vertical gap={12} style={{ width: 320 }}>
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('settings.roles.fields.allowed')}</Typography.Text>
        <Radio.Group
          disabled={disabled}
          value={isRestricted ? 'only' : 'all'}
          onChange={(event) => onChange({ ...grant, fields: event.target.value === 'only' ? [] : null })}
          options={[
            { value: 'all', label: t('settings.roles.fields.all') },
            { value: 'only', label: t('settings.roles.fields.only') },
          ]}
        />
        {isRestricted ? (
          <Select
            mode="multiple"
            disabled={disabled}
            options={options}
            value={grant.fields ?? []}
            onChange={(fields: string[]) => onChange({ ...grant, fields })}
            placeholder={t('settings.roles.fields.placeholder')}
          />
        ) : null}
      </Flex>
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('settings.roles.fields.hidden')}</Typography.Text>
        <Typography.Text type="secondary">{t('settings.roles.fields.hidden.hint')}</Typography.Text>
        <Select
          mode="multiple"
          disabled={disabled}
          options={options}
          value={grant.hiddenFields}
          onChange={(hiddenFields: string[]) => onChange({ ...grant, hiddenFields })}
          placeholder={t('settings.roles.fields.placeholder')}
        />
      </Flex>
    </Flex>
  );

  return (
    <Popover content={content} title={t('settings.roles.fields.title')} trigger="click" placement="bottom">
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button size="small" type="text" icon={<EyeInvisibleOutlined />}>
          {t('settings.roles.fields.button')}
        </Button>
      </Badge>
    </Popover>
  );
}
