import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Skeleton, Typography } from 'antd';
import { Link, Navigate, useSearchParams } from 'react-router';
import { signIn } from '../../api/auth-api.ts';
import { problemMessageKey, useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { safeRedirect } from '../../router/safe-redirect.ts';
import { useSessionState } from '../../session/use-session.ts';
import { AuthLayout } from './auth-layout.tsx';
import { loginRules } from './login-rules.ts';

interface SignInValues {
  login: string;
  password: string;
}

export function SignInPage() {
  const { t } = useI18n();
  const { session, setSession } = useSessionState();
  const [params] = useSearchParams();
  const [form] = Form.useForm<SignInValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const { message } = App.useApp();

  if (session) return <Navigate to={safeRedirect(params.get('redirect'))} replace />;

  const onFinish = (values: SignInValues) =>
    run(async () => {
      try {
        setSession(await signIn({ login: values.login.trim(), password: values.password }));
        message.destroy(problemMessageKey);
      } catch (error) {
        showProblem(error, { form, fields: ['login', 'password'] });
      }
    });

  return (
    <AuthLayout title={t('auth.sign-in.title')}>
      {session === undefined ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item name="login" label={t('auth.field.login')} rules={loginRules(t)}>
            <Input prefix={<UserOutlined />} placeholder={t('auth.field.login.placeholder')} autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.field.password')}
            rules={[{ required: true, message: t('auth.field.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('auth.sign-in.submit')}
          </Button>
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
            {t('auth.sign-in.no-account')} <Link to="/sign-up">{t('auth.sign-in.to-sign-up')}</Link>
          </Typography.Paragraph>
        </Form>
      )}
    </AuthLayout>
  );
}
