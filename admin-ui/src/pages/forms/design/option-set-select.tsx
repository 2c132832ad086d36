import { Form, Select } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { localizedText } from '../../settings/option-sets/localized-text.ts';
import { useOptionSetList } from './use-option-set-list.ts';

/** 选项分类: which of the company's option sets a select, multi-select or cascader offers. */
export function OptionSetSelect({
  value,
  hasProblem,
  onChange,
}: {
  value: string | undefined;
  hasProblem: boolean;
  onChange: (key: string | undefined) => void;
}) {
  const { t, locale } = useI18n();
  const { sets, isLoading } = useOptionSetList();
  const options = sets.map((set) => ({ value: set.key, label: `${localizedText(set.name, locale)} (${set.key})` }));
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, label: value });
  return (
    <Form.Item
      label={t('forms.property.option-set')}
      htmlFor="field-option-set"
      required
      validateStatus={hasProblem ? 'error' : undefined}
      help={hasProblem ? t('forms.problem.option-set-missing') : undefined}
      extra={<Link to="/settings/option-sets">{t('forms.property.option-set.manage')}</Link>}
    >
      <Select
        id="field-option-set"
        data-testid="option-set-select"
        value={value}
        options={options}
        loading={isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        placeholder={t('forms.property.option-set.placeholder')}
        notFoundContent={isLoading ? t('common.loading') : t('forms.property.option-set.none')}
        onChange={(key: string | undefined) => onChange(key)}
      />
    </Form.Item>
  );
}
