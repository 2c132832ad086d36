import { Form, Input, Modal } from 'antd';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { createForm, type FormView } from './forms-api.ts';
import { modelToSchema } from './designer/model-to-schema.ts';
import { emptyModel } from './designer/designer-model.ts';

interface Values {
  title: string;
  description?: string;
}

/** 新建表单: a title (and a note for the team), then the designer opens on the new, empty draft. */
export function CreateFormModal({ onCreated, onClose }: { onCreated: (form: FormView) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();

  const onFinish = (values: Values) =>
    run(async () => {
      try {
        const document = modelToSchema(emptyModel);
        const created = await createForm({
          title: values.title.trim(),
          description: (values.description ?? '').trim(),
          schema: document.schema,
          uiSchema: document.uiSchema,
        });
        onCreated(created);
      } catch (error) {
        showProblem(error, { form, fields: ['title', 'description'] });
      }
    });

  return (
    <Modal
      open
      title={t('forms.list.new')}
      okText={t('forms.list.create-and-design')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="title"
          label={t('forms.field.title')}
          rules={[{ required: true, whitespace: true, message: t('forms.field.title.required') }]}
        >
          <Input maxLength={120} autoFocus placeholder={t('forms.field.title.placeholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('forms.field.description')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
