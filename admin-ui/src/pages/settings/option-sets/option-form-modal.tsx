import { ColorPicker, type ColorPickerProps, Form, Input, Modal, Switch, TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { OptionView } from '../../../api/option-sets-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { localizedText } from './localized-text.ts';
import { buildOptionTree, type OptionNode, subtreeValues } from './option-tree.ts';

type PickedColor = Parameters<NonNullable<ColorPickerProps['onChange']>>[0];

export interface OptionFormValues {
  value: string;
  labelZh: string;
  labelEn: string;
  color: string | null;
  /** '' for the top level. */
  parentValue: string;
  disabled: boolean;
}

interface ParentChoice {
  value: string;
  title: string;
  disabled?: boolean;
  children: ParentChoice[];
}

/** The TreeSelect value of "no parent". */
const topLevel = '';

/** Starts with a letter, digit or _; no `/`, no control characters, no trailing space (the server's rule). */
const valuePattern = /^[\p{L}\p{N}_](?:[^\p{Cc}/]*[^\p{Cc}/\s])?$/u;

/** New option (under `parentValue`) or an edit of `option` (everything but its value, which never changes). */
export function OptionFormModal({
  options,
  option,
  parentValue,
  save,
  onClose,
}: {
  options: readonly OptionView[];
  option?: OptionView;
  parentValue?: string | null;
  save: (values: OptionFormValues) => Promise<void>;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<OptionFormValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const treeData = useMemo(() => {
    const blocked = option ? subtreeValues(options, option.value) : new Set<string>();
    const toData = (nodes: OptionNode[]): ParentChoice[] =>
      nodes.map(({ option: o, children }) => ({
        value: o.value,
        title: `${localizedText(o.label, locale)} (${o.value})`,
        ...(blocked.has(o.value) ? { disabled: true } : {}),
        children: toData(children),
      }));
    return [{ value: topLevel, title: t('settings.option-sets.parent.top'), children: toData(buildOptionTree(options)) }];
  }, [options, option, locale, t]);

  const onFinish = (values: OptionFormValues) =>
    run(async () => {
      try {
        await save({ ...values, value: values.value.trim(), labelZh: values.labelZh.trim(), labelEn: (values.labelEn ?? '').trim() });
      } catch (error) {
        showProblem(error, {
          form,
          fields: ['value', 'labelZh', 'color', 'parentValue'],
          fieldMap: { label: 'labelZh' },
        });
      }
    });

  return (
    <Modal
      open
      title={option ? t('settings.option-sets.option.edit.title', { name: localizedText(option.label, locale) }) : t('settings.option-sets.option.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          value: option?.value ?? '',
          labelZh: option?.label['zh-CN'] ?? '',
          labelEn: option?.label['en-US'] ?? '',
          color: option?.color ?? null,
          parentValue: (option ? option.parentValue : parentValue) ?? topLevel,
          disabled: option?.disabled ?? false,
        }}
        onFinish={onFinish}
      >
        <Form.Item
          name="labelZh"
          label={t('settings.option-sets.option.label-zh')}
          rules={[{ required: true, whitespace: true, message: t('settings.option-sets.option.label.required') }]}
        >
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="labelEn" label={t('settings.option-sets.option.label-en')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="value"
          label={t('settings.option-sets.option.value')}
          extra={option ? t('settings.option-sets.option.value.fixed') : t('settings.option-sets.option.value.hint')}
          rules={
            option
              ? []
              : [
                  { required: true, message: t('settings.option-sets.option.value.required') },
                  { max: 64, pattern: valuePattern, message: t('settings.option-sets.option.value.invalid') },
                ]
          }
        >
          <Input maxLength={64} disabled={!!option} placeholder="vip" />
        </Form.Item>
        <Form.Item name="parentValue" label={t('settings.option-sets.option.parent')}>
          <TreeSelect treeData={treeData} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} />
        </Form.Item>
        <Form.Item
          name="color"
          label={t('settings.option-sets.option.color')}
          getValueFromEvent={(color: PickedColor) => (color.cleared ? null : color.toHexString())}
        >
          <ColorPicker allowClear disabledAlpha format="hex" showText />
        </Form.Item>
        <Form.Item name="disabled" label={t('settings.option-sets.option.disabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
