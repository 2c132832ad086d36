import { Form, Input, Modal } from 'antd';
import type { OptionSetView } from '../../../api/option-sets-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

export interface OptionSetFormValues {
  key: string;
  nameZh: string;
  nameEn: string;
}

/** New option set (key and names) or a rename (names only: the key never changes). */
export function OptionSetFormModal({
  set,
  save,
  onClose,
}: {
  set?: OptionSetView;
  save: (values: OptionSetFormValues) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<OptionSetFormValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();

  const onFinish = (values: OptionSetFormValues) =>
    run(async () => {
      try {
        await save({ key: values.key.trim(), nameZh: values.nameZh.trim(), nameEn: (values.nameEn ?? '').trim() });
      } catch (error) {
        showProblem(error, { form, fields: ['key', 'nameZh'], fieldMap: { name: 'nameZh' } });
      }
    });

  return (
    <Modal
      open
      title={set ? t('settings.option-sets.rename.title') : t('settings.option-sets.new')}
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
        initialValues={{ key: set?.key ?? '', nameZh: set?.name['zh-CN'] ?? '', nameEn: set?.name['en-US'] ?? '' }}
        onFinish={onFinish}
      >
        <Form.Item
          name="nameZh"
          label={t('settings.option-sets.name-zh')}
          rules={[{ required: true, whitespace: true, message: t('settings.option-sets.name.required') }]}
        >
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="nameEn" label={t('settings.option-sets.name-en')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('settings.option-sets.key')}
          extra={set ? t('settings.option-sets.key.fixed') : t('settings.option-sets.key.hint')}
          rules={
            set
              ? []
              : [
                  { required: true, message: t('settings.option-sets.key.required') },
                  { pattern: /^[a-z][a-z0-9_-]{1,39}$/, message: t('settings.option-sets.key.invalid') },
                ]
          }
        >
          <Input maxLength={40} disabled={!!set} placeholder="customer-tags" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
