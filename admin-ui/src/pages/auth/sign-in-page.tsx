import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { App, Form, Input, Skeleton } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { signIn } from '../../api/auth-api.ts';
import { PluginSignInWidgets } from '../../extensions/sign-in-widgets.tsx';
import { problemMessageKey, useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { safeRedirect } from '../../router/safe-redirect.ts';
import { useSessionState } from '../../session/use-session.ts';
import { AuthFormFooter } from './auth-form-parts.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { loginRules } from './login-rules.ts';
import { rememberedTenant, rememberTenant, signInTenantOf } from './remembered-tenant.ts';

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
  const tenant = signInTenantOf(params.get('tenant'), rememberedTenant());

  if (session) return <Navigate to={safeRedirect(params.get('redirect'))} replace />;

  const onFinish = (values: SignInValues) =>
    run(async () => {
      try {
        const signedIn = await signIn({ login: values.login.trim(), password: values.password });
        rememberTenant(signedIn.tenant.slug);
        setSession(signedIn);
        message.destroy(problemMessageKey);
      } catch (error) {
        showProblem(error, { form, fields: ['login', 'password'] });
      }
    });

  return (
    <AuthLayout
      title={t('auth.sign-in.title')}
      aside={session === null && tenant ? <PluginSignInWidgets tenant={tenant} /> : undefined}
    >
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
          <AuthFormFooter
            submitLabel={t('auth.sign-in.submit')}
            submitting={submitting}
            prompt={t('auth.sign-in.no-account')}
            linkTo="/sign-up"
            linkLabel={t('auth.sign-in.to-sign-up')}
          />
        </Form>
      )}
    </AuthLayout>
  );
}
