import { Flex, Form, Input, InputNumber } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { YuanInput } from '../../resources/yuan-input.tsx';
import type { DesignerField } from '../designer/designer-model.ts';

type Patch = (patch: Partial<DesignerField>) => void;

const numberOrUndefined = (value: number | null | undefined) => (typeof value === 'number' ? value : undefined);

/** 最小值 / 最大值: numbers as typed, whole numbers for integers, yuan (kept in fen) for money. */
export function RangeInputs({ field, onChange }: { field: DesignerField; onChange: Patch }) {
  const { t } = useI18n();
  const input = (name: 'minimum' | 'maximum') =>
    field.kind === 'money' ? (
      <YuanInput id={`field-${name}`} value={field[name]} onChange={(fen) => onChange({ [name]: fen })} style={{ width: '100%' }} />
    ) : (
      <InputNumber
        id={`field-${name}`}
        value={field[name]}
        precision={field.kind === 'integer' ? 0 : undefined}
        onChange={(value) => onChange({ [name]: numberOrUndefined(value) })}
        style={{ width: '100%' }}
      />
    );
  return (
    <Flex gap={8}>
      <Form.Item label={t(field.kind === 'money' ? 'forms.property.minimum-yuan' : 'forms.property.minimum')} htmlFor="field-minimum" style={{ flex: 1 }}>
        {input('minimum')}
      </Form.Item>
      <Form.Item label={t(field.kind === 'money' ? 'forms.property.maximum-yuan' : 'forms.property.maximum')} htmlFor="field-maximum" style={{ flex: 1 }}>
        {input('maximum')}
      </Form.Item>
    </Flex>
  );
}

/** 最少字数 / 最多字数 / 格式: the text's length and a pattern (RE2 syntax, checked on saving). */
export function TextLimitInputs({ field, onChange }: { field: DesignerField; onChange: Patch }) {
  const { t } = useI18n();
  return (
    <>
      <Flex gap={8}>
        <Form.Item label={t('forms.property.min-length')} htmlFor="field-min-length" style={{ flex: 1 }}>
          <InputNumber
            id="field-min-length"
            min={0}
            max={20000}
            precision={0}
            value={field.minLength}
            onChange={(value) => onChange({ minLength: numberOrUndefined(value) })}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('forms.property.max-length')} htmlFor="field-max-length" style={{ flex: 1 }}>
          <InputNumber
            id="field-max-length"
            min={1}
            max={20000}
            precision={0}
            value={field.maxLength}
            onChange={(value) => onChange({ maxLength: numberOrUndefined(value) })}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={t('forms.property.pattern')} htmlFor="field-pattern" extra={t('forms.property.pattern.hint')}>
        <Input
          id="field-pattern"
          value={field.pattern ?? ''}
          maxLength={500}
          placeholder="^1[3-9]\d{9}$"
          onChange={(event) => onChange({ pattern: event.target.value || undefined })}
        />
      </Form.Item>
    </>
  );
}
