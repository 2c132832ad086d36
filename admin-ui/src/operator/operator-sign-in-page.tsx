import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Skeleton, Typography } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { problemMessageKey, useShowProblem } from '../hooks/use-show-problem.tsx';
import { useSubmit } from '../hooks/use-submit.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { AuthLayout } from '../pages/auth/auth-layout.tsx';
import { signInOperator } from './api/operator-auth-api.ts';
import { operatorPaths } from './operator-paths.ts';
import { useOperatorSessionState } from './session/operator-session-context.ts';

interface SignInValues {
  email: string;
  password: string;
}

/** Only a path inside the console; anything else lands on 企业. */
function operatorRedirect(value: string | null): string {
  return value && value.startsWith('/operator/') && !value.startsWith('//') ? value : operatorPaths.tenants;
}

/** The platform operators' own sign-in: an operator account, not a company member. */
export function OperatorSignInPage() {
  const { t } = useI18n();
  const { session, setSession } = useOperatorSessionState();
  const [params] = useSearchParams();
  const [form] = Form.useForm<SignInValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const { message } = App.useApp();

  if (session) return <Navigate to={operatorRedirect(params.get('redirect'))} replace />;

  const onFinish = (values: SignInValues) =>
    run(async () => {
      try {
        setSession(await signInOperator({ email: values.email.trim(), password: values.password }));
        message.destroy(problemMessageKey);
      } catch (error) {
        showProblem(error, { form, fields: ['email', 'password'] });
      }
    });

  return (
    <AuthLayout title={t('operator.sign-in.title')}>
      {session === undefined ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Typography.Paragraph type="secondary">{t('operator.sign-in.hint')}</Typography.Paragraph>
          <Form.Item
            name="email"
            label={t('operator.sign-in.email')}
            rules={[{ required: true, type: 'email', message: t('operator.sign-in.email.required') }]}
          >
            <Input prefix={<MailOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('operator.sign-in.password')}
            rules={[{ required: true, message: t('auth.field.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('operator.sign-in.submit')}
          </Button>
        </Form>
      )}
    </AuthLayout>
  );
}
