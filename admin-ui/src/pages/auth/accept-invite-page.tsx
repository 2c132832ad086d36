import { Button, Descriptions, Form, Input, Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { acceptInvitation, fetchInvitationByToken, type InvitationPreview } from '../../api/invitations-api.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { workbenchPath } from '../../menu/core-menu.tsx';
import { useSessionState } from '../../session/use-session.ts';
import { DisplayNameField } from './auth-form-parts.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { maxPasswordLength, passwordRules } from './login-rules.ts';

interface AcceptValues {
  displayName?: string;
  password: string;
}

type Load = { state: 'loading' } | { state: 'ready'; preview: InvitationPreview } | { state: 'failed'; reason: string };

/** `/accept-invite?token=…`: a new person picks a name and password, an existing one confirms theirs. */
export function AcceptInvitePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { setSession } = useSessionState();
  const navigate = useNavigate();
  const [form] = Form.useForm<AcceptValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    if (!token) {
      setLoad({ state: 'failed', reason: t('auth.accept.missing-token') });
      return;
    }
    fetchInvitationByToken(token)
      .then((preview) => setLoad({ state: 'ready', preview }))
      .catch((error: unknown) => {
        const reason = error instanceof ApiError ? (error.detail ?? error.title) : t('errors.unexpected');
        setLoad({ state: 'failed', reason });
      });
  }, [token, t]);

  const onFinish = (values: AcceptValues) =>
    run(async () => {
      try {
        const displayName = values.displayName?.trim();
        setSession(
          await acceptInvitation({ token, password: values.password, ...(displayName ? { displayName } : {}) }),
        );
        navigate(workbenchPath, { replace: true });
      } catch (error) {
        showProblem(error, { form, fields: ['displayName', 'password'] });
      }
    });

  if (load.state === 'failed') {
    return (
      <AuthLayout title={t('auth.accept.title')}>
        <Result
          status="warning"
          title={t('auth.accept.unusable')}
          subTitle={load.reason}
          extra={<Link to="/sign-in">{t('auth.sign-up.to-sign-in')}</Link>}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.accept.title')}>
      {load.state === 'loading' ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <>
          <Descriptions
            column={1}
            size="small"
            style={{ marginBottom: 16 }}
            items={[
              { key: 'tenant', label: t('auth.accept.tenant'), children: load.preview.tenantName },
              { key: 'email', label: t('auth.accept.email'), children: load.preview.email },
              { key: 'role', label: t('auth.accept.role'), children: load.preview.roleName },
            ]}
          />
          <Form form={form} layout="vertical" onFinish={onFinish} size="large">
            {load.preview.hasAccount ? null : <DisplayNameField />}
            <Form.Item
              name="password"
              label={t(load.preview.hasAccount ? 'auth.accept.current-password' : 'auth.field.password')}
              rules={
                load.preview.hasAccount
                  ? [{ required: true, message: t('auth.field.password.required') }]
                  : passwordRules(t)
              }
            >
              <Input.Password
                autoComplete={load.preview.hasAccount ? 'current-password' : 'new-password'}
                maxLength={maxPasswordLength}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('auth.accept.submit')}
            </Button>
          </Form>
        </>
      )}
    </AuthLayout>
  );
}
