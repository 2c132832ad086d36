import { Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';

export interface RoleFormValues {
  name: string;
  key: string;
  description: string;
}

export const roleFormFields = ['name', 'key', 'description'] as const;

/** Same rule as the server's role key: lower-case letter first, 2–40 of a–z, 0–9, `_`, `-`. */
const roleKeyPattern = /^[a-z][a-z0-9_-]{1,39}$/;

/** Name, key (fixed once created) and description of a role, two columns on wide screens. */
export function RoleFormFields({ isNew, readOnly }: { isNew: boolean; readOnly: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="name"
          label={t('settings.roles.field.name')}
          rules={[{ required: true, whitespace: true, message: t('settings.roles.field.name.required') }]}
        >
          <Input maxLength={60} disabled={readOnly} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="key"
          label={t('settings.roles.field.key')}
          extra={isNew ? t('settings.roles.field.key.hint') : undefined}
          rules={
            isNew
              ? [
                  { required: true, message: t('settings.roles.field.key.required') },
                  { pattern: roleKeyPattern, message: t('settings.roles.field.key.invalid') },
                ]
              : []
          }
        >
          <Input maxLength={40} disabled={!isNew} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="description" label={t('settings.roles.field.description')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} disabled={readOnly} />
        </Form.Item>
      </Col>
    </Row>
  );
}
