import { App, Col, Drawer, Form, Input, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import {
  createCustomField,
  type CustomFieldView,
  updateCustomField,
} from '../../../api/custom-fields-api.ts';
import { useConfirmClose } from '../../../hooks/use-confirm-close.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { customFieldTypes, typeLabelKey } from './custom-field-types.ts';
import {
  createBodyOf,
  type CustomFieldFormValues,
  formValuesOf,
  keyPattern,
  suggestKey,
  updateBodyOf,
  withFormPointers,
} from './custom-field-values.ts';
import { TypeSettingsFields } from './type-settings-fields.tsx';
import { DrawerSaveFooter } from '../../../components/drawer-save-footer.tsx';

/** Form fields a server problem can be shown under (custom-field-values.ts maps the pointers). */
const problemFields = [
  'titleZh',
  'titleEn',
  'key',
  'type',
  'optionSet',
  'descriptionZh',
  'descriptionEn',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
];

/**
 * 新建字段 / 编辑字段 of one record type: names, key (suggested, checked as typed), type with the settings
 * that fit it, required and in-list. The key, type and option set cannot change once the field exists.
 */
export function CustomFieldDrawer({
  resource,
  field,
  takenKeys,
  onClose,
  onSaved,
}: {
  resource: string;
  /** The field to edit; none for a new one. */
  field: CustomFieldView | undefined;
  takenKeys: readonly string[];
  onClose: () => void;
  onSaved: (field: CustomFieldView) => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<CustomFieldFormValues>();
  const [submitting, run] = useSubmit();
  const [isDirty, setIsDirty] = useState(false);
  const close = useConfirmClose(isDirty, onClose);
  const [initialValues] = useState(() => formValuesOf(field, suggestKey(takenKeys)));
  const type = Form.useWatch('type', form) ?? initialValues.type;
  const isEditing = field !== undefined;

  const onFinish = (values: CustomFieldFormValues) =>
    run(async () => {
      try {
        const saved = field
          ? await updateCustomField(field.id, updateBodyOf(values))
          : await createCustomField(createBodyOf(resource, values));
        setIsDirty(false);
        void message.success(t(field ? 'custom-fields.saved' : 'custom-fields.created', { title: saved.title[locale] }));
        onSaved(saved);
      } catch (error) {
        showProblem(withFormPointers(error), { form, fields: problemFields });
      }
    });

  const footer = (
    <DrawerSaveFooter onCancel={close} onSave={() => form.submit()} saving={submitting} saveTestId="custom-field-save" />
  );
  const fixed = isEditing ? t('custom-fields.field.fixed') : undefined;

  return (
    <Drawer
      open
      onClose={close}
      title={field ? t('custom-fields.edit.title', { title: field.title[locale] }) : t('custom-fields.new')}
      size={560}
      footer={footer}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={() => setIsDirty(true)}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="titleZh"
              label={t('custom-fields.field.title-zh')}
              rules={[{ required: true, whitespace: true, message: t('custom-fields.field.title.required') }]}
            >
              <Input maxLength={100} autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="titleEn" label={t('custom-fields.field.title-en')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="type"
              label={t('custom-fields.field.type')}
              extra={fixed}
              rules={[{ required: true }]}
            >
              <Select
                data-testid="custom-field-type"
                disabled={isEditing}
                options={customFieldTypes.map((value) => ({ value, label: t(typeLabelKey(value)) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="key"
              label={t('custom-fields.field.key')}
              extra={fixed ?? t('custom-fields.field.key.hint')}
              rules={
                isEditing
                  ? []
                  : [
                      { required: true, message: t('custom-fields.field.key.required') },
                      { pattern: keyPattern, message: t('custom-fields.field.key.invalid') },
                      {
                        validator: async (_, value?: string) =>
                          value && takenKeys.includes(value.trim())
                            ? Promise.reject(new Error(t('custom-fields.field.key.taken')))
                            : undefined,
                      },
                    ]
              }
            >
              <Input maxLength={40} disabled={isEditing} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        </Row>
        <TypeSettingsFields type={type} isEditing={isEditing} />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="descriptionZh" label={t('custom-fields.field.description-zh')} extra={t('custom-fields.field.description.hint')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="descriptionEn" label={t('custom-fields.field.description-en')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="required" label={t('custom-fields.field.required')} valuePropName="checked" extra={t('custom-fields.field.required.hint')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="inList" label={t('custom-fields.field.in-list')} valuePropName="checked" extra={t('custom-fields.field.in-list.hint')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
