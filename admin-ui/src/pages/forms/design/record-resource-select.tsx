import { Form, Select } from 'antd';
import { useUiExtensions } from '../../../extensions/ui-extensions-context.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { resourceKeyOf } from '../render/record-label.ts';

/** 业务对象: which resource of an enabled module a record field picks from. */
export function RecordResourceSelect({
  value,
  hasProblem,
  onChange,
}: {
  value: string | undefined;
  hasProblem: boolean;
  onChange: (key: string | undefined) => void;
}) {
  const { t } = useI18n();
  const { extensions, isLoading } = useUiExtensions();
  const options = (extensions?.resources ?? []).map((resource) => ({ value: resourceKeyOf(resource), label: `${resource.title} (${resourceKeyOf(resource)})` }));
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, label: value });
  return (
    <Form.Item
      label={t('forms.property.record-resource')}
      htmlFor="field-record-resource"
      required
      validateStatus={hasProblem ? 'error' : undefined}
      help={hasProblem ? t('forms.problem.record-resource-missing') : undefined}
    >
      <Select
        id="field-record-resource"
        data-testid="record-resource-select"
        value={value}
        options={options}
        loading={isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        placeholder={t('forms.property.record-resource.placeholder')}
        notFoundContent={isLoading ? t('common.loading') : t('forms.property.record-resource.none')}
        onChange={(key: string | undefined) => onChange(key)}
      />
    </Form.Item>
  );
}
