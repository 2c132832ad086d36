import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../format/dayjs-setup.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { YuanInput } from '../../resources/yuan-input.tsx';
import type { DesignerField, JsonValue } from '../designer/designer-model.ts';
import type { OptionChoice } from '../render/expand-options.ts';

const dateFormat = 'YYYY-MM-DD';

function ValueInput({
  field,
  choices,
  onChange,
}: {
  field: DesignerField;
  choices: readonly OptionChoice[];
  onChange: (value: JsonValue | undefined) => void;
}) {
  const { t } = useI18n();
  const value = field.defaultValue;
  const id = 'field-default';
  const options = choices.map((choice) => ({ value: choice.const, label: choice.title }));
  switch (field.kind) {
    case 'number':
    case 'integer':
      return (
        <InputNumber
          id={id}
          value={typeof value === 'number' ? value : null}
          precision={field.kind === 'integer' ? 0 : undefined}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
          style={{ width: '100%' }}
        />
      );
    case 'money':
      return <YuanInput id={id} value={typeof value === 'number' ? value : undefined} onChange={onChange} style={{ width: '100%' }} />;
    case 'date':
      return (
        <DatePicker
          id={id}
          value={typeof value === 'string' && value ? dayjs(value, dateFormat) : null}
          onChange={(picked: Dayjs | null) => onChange(picked ? picked.format(dateFormat) : undefined)}
          style={{ width: '100%' }}
        />
      );
    case 'select':
      return (
        <Select id={id} allowClear value={typeof value === 'string' ? value : undefined} options={options} onChange={(next?: string) => onChange(next)} />
      );
    case 'multi-select':
      return (
        <Select
          id={id}
          mode="multiple"
          allowClear
          value={Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []}
          options={options}
          onChange={(next: string[]) => onChange(next.length > 0 ? next : undefined)}
        />
      );
    case 'switch':
      return <Switch id={id} checked={value === true} onChange={(checked) => onChange(checked)} aria-label={t('forms.property.default')} />;
    default:
      return <Input id={id} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value || undefined)} />;
  }
}

/** 默认值: what the field holds before anyone types, in the field's own kind of input. */
export function DefaultValueInput(props: {
  field: DesignerField;
  choices: readonly OptionChoice[];
  onChange: (value: JsonValue | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <Form.Item label={t('forms.property.default')} htmlFor="field-default">
      <ValueInput {...props} />
    </Form.Item>
  );
}
