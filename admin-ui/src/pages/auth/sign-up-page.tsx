import { signUpBody } from '@tessera/schemas/auth';
import { Form, Input } from 'antd';
import { Navigate } from 'react-router';
import { type SignUpBody, signUp } from '../../api/auth-api.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { workbenchPath } from '../../menu/core-menu.tsx';
import { useSessionState } from '../../session/use-session.ts';
import { AuthFormFooter, DisplayNameField } from './auth-form-parts.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { isEmailLogin, loginRules, maxPasswordLength, passwordRules } from './login-rules.ts';

interface SignUpValues {
  tenantName: string;
  displayName: string;
  login: string;
  password: string;
}

const fields = ['tenantName', 'displayName', 'login', 'password'];

/** Creates a company (tenant) with the person signing up as its owner. */
export function SignUpPage() {
  const { t, locale } = useI18n();
  const { session, setSession } = useSessionState();
  const [form] = Form.useForm<SignUpValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();

  if (session) return <Navigate to={workbenchPath} replace />;

  const onFinish = (values: SignUpValues) =>
    run(async () => {
      const login = values.login.trim();
      const body: SignUpBody = {
        tenantName: values.tenantName.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        locale,
        ...(isEmailLogin(login) ? { email: login } : { mobile: login }),
      };
      try {
        setSession(await signUp(body));
      } catch (error) {
        showProblem(error, { form, fields, fieldMap: { email: 'login', mobile: 'login' } });
      }
    });

  return (
    <AuthLayout title={t('auth.sign-up.title')}>
      <Form form={form} layout="vertical" onFinish={onFinish} size="large">
        <Form.Item
          name="tenantName"
          label={t('auth.field.tenant-name')}
          rules={[{ required: true, whitespace: true, message: t('auth.field.tenant-name.required') }]}
        >
          <Input
            placeholder={t('auth.field.tenant-name.placeholder')}
            autoComplete="organization"
            maxLength={signUpBody.properties.tenantName.maxLength}
          />
        </Form.Item>
        <DisplayNameField />
        <Form.Item name="login" label={t('auth.field.login')} rules={loginRules(t)}>
          <Input placeholder={t('auth.field.login.placeholder')} autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.field.password')}
          rules={passwordRules(t)}
          extra={t('auth.field.password.hint')}
        >
          <Input.Password autoComplete="new-password" maxLength={maxPasswordLength} />
        </Form.Item>
        <AuthFormFooter
          submitLabel={t('auth.sign-up.submit')}
          submitting={submitting}
          prompt={t('auth.sign-up.has-account')}
          linkTo="/sign-in"
          linkLabel={t('auth.sign-up.to-sign-in')}
        />
      </Form>
    </AuthLayout>
  );
}
