import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { Link } from 'react-router';
import type { CustomFieldType } from '../../../api/custom-fields-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useOptionSetList } from '../../forms/design/use-option-set-list.ts';
import { YuanInput } from '../../resources/yuan-input.tsx';
import { localizedText } from '../option-sets/localized-text.ts';
import { settingsOf } from './custom-field-types.ts';

/** A pattern the browser can run (the server checks it further: RE2 only, bounded size). */
function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function LengthFields() {
  const { t } = useI18n();
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="minLength" label={t('custom-fields.field.min-length')}>
            <InputNumber min={0} max={5000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="maxLength" label={t('custom-fields.field.max-length')}>
            <InputNumber min={1} max={5000} precision={0} style={{ width: '100%' }} placeholder={t('custom-fields.field.max-length.default')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="pattern"
        label={t('custom-fields.field.pattern')}
        extra={t('custom-fields.field.pattern.hint')}
        rules={[
          { max: 200 },
          { validator: async (_, value?: string) => (!value || isRegExp(value) ? undefined : Promise.reject(new Error(t('custom-fields.field.pattern.invalid')))) },
        ]}
      >
        <Input maxLength={200} placeholder="^[A-Z]{2}\d{4}$" style={{ fontFamily: 'monospace' }} />
      </Form.Item>
    </>
  );
}

/** YuanInput as a Form.Item control (the item hands it `id`, `value` and `onChange`; a cleared bound is null). */
function YuanField({ id, value, onChange }: { id?: string; value?: number | null; onChange?: (fen: number | undefined) => void }) {
  return <YuanInput id={id} value={value ?? undefined} onChange={(fen) => onChange?.(fen)} />;
}

/** Least and greatest value; money typed in yuan and kept in fen like the values themselves. */
function BoundFields({ type }: { type: CustomFieldType }) {
  const { t } = useI18n();
  const input =
    type === 'money' ? <YuanField /> : <InputNumber<number> precision={type === 'integer' ? 0 : undefined} style={{ width: '100%' }} />;
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="minimum" label={t('custom-fields.field.minimum')}>
          {input}
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="maximum" label={t('custom-fields.field.maximum')}>
          {input}
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Which of the company's option sets an option field offers; fixed once the field exists. */
function OptionSetField({ isFixed }: { isFixed: boolean }) {
  const { t, locale } = useI18n();
  const { sets, isLoading } = useOptionSetList();
  const options = sets.map((set) => ({ value: set.key, label: `${localizedText(set.name, locale)} (${set.key})` }));
  return (
    <Form.Item
      name="optionSet"
      label={t('custom-fields.field.option-set')}
      rules={[{ required: true, message: t('custom-fields.field.option-set.required') }]}
      extra={
        isFixed ? (
          t('custom-fields.field.fixed')
        ) : (
          <Link to="/settings/option-sets">{t('custom-fields.field.option-set.manage')}</Link>
        )
      }
    >
      <Select
        data-testid="custom-field-option-set"
        options={options}
        loading={isLoading}
        disabled={isFixed}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('custom-fields.field.option-set.placeholder')}
        notFoundContent={isLoading ? t('common.loading') : t('custom-fields.field.option-set.none')}
      />
    </Form.Item>
  );
}

/** The settings that fit the chosen type: lengths and a pattern for text, bounds for numbers, an option set. */
export function TypeSettingsFields({ type, isEditing }: { type: CustomFieldType; isEditing: boolean }) {
  switch (settingsOf(type)) {
    case 'lengths':
      return <LengthFields />;
    case 'bounds':
      return <BoundFields type={type} />;
    case 'option-set':
      return <OptionSetField isFixed={isEditing} />;
    case 'none':
      return null;
  }
}
