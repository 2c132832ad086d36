import { Button, Form, Input, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { maxDisplayNameLength } from './login-rules.ts';

/** 姓名: asked at sign-up and when an invitation creates a new account. */
export function DisplayNameField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="displayName"
      label={t('auth.field.display-name')}
      rules={[{ required: true, whitespace: true, message: t('auth.field.display-name.required') }]}
    >
      <Input autoComplete="name" maxLength={maxDisplayNameLength} />
    </Form.Item>
  );
}

/** The full-width submit button of an auth form, with the link to the other form below it. */
export function AuthFormFooter({
  submitLabel,
  submitting,
  prompt,
  linkTo,
  linkLabel,
}: {
  submitLabel: string;
  submitting: boolean;
  prompt: string;
  linkTo: string;
  linkLabel: string;
}) {
  return (
    <>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        {submitLabel}
      </Button>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {prompt} <Link to={linkTo}>{linkLabel}</Link>
      </Typography.Paragraph>
    </>
  );
}
