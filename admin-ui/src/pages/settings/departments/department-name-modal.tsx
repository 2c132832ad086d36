import { Form, Input, Modal } from 'antd';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

interface NameValues {
  name: string;
}

/** Asks for a department's name, for a new department or a rename; `save` does the request. */
export function DepartmentNameModal({
  title,
  initialName,
  save,
  onClose,
}: {
  title: string;
  initialName: string;
  save: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<NameValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();

  const onFinish = (values: NameValues) =>
    run(async () => {
      try {
        await save(values.name.trim());
      } catch (error) {
        showProblem(error, { form, fields: ['name'] });
      }
    });

  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ name: initialName }} onFinish={onFinish}>
        <Form.Item
          name="name"
          label={t('settings.departments.name')}
          rules={[{ required: true, whitespace: true, message: t('settings.departments.name.required') }]}
        >
          <Input maxLength={60} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
