import { App, Button, Card, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { fetchTenant, type TenantUpdate, type TenantView, updateTenant } from '../../api/tenant-api.ts';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useUnsavedChanges } from '../../hooks/use-unsaved-changes.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSessionState } from '../../session/use-session.ts';
import { changedTenantFields, type TenantFormValues, tenantFormFields, toFormValues } from './tenant-form-values.ts';
import { TenantSettingsFields } from './tenant-settings-fields.tsx';

export default function TenantSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { refresh } = useSessionState();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<TenantFormValues>();
  const [tenant, setTenant] = useState<TenantView | undefined>(undefined);
  const [isDirty, setIsDirty] = useState(false);
  const [submitting, run] = useSubmit();
  useUnsavedChanges(isDirty);

  useEffect(() => {
    fetchTenant().then(setTenant, showProblem);
  }, [showProblem]);

  if (!tenant) return <PageSkeleton />;

  const onValuesChange = (_: unknown, values: TenantFormValues) => {
    setIsDirty(Object.keys(changedTenantFields(tenant, values)).length > 0);
  };

  const onFinish = (values: TenantFormValues) =>
    run(async () => {
      const changes: TenantUpdate = changedTenantFields(tenant, values);
      try {
        const saved = Object.keys(changes).length > 0 ? await updateTenant(changes) : tenant;
        setTenant(saved);
        form.setFieldsValue(toFormValues(saved));
        setIsDirty(false);
        await refresh();
        void message.success(t('settings.tenant.saved'));
      } catch (error) {
        showProblem(error, { form, fields: tenantFormFields });
      }
    });

  return (
    <>
      <PageTitle title={t('shell.menu.tenant-settings')} />
      <Card variant="borderless">
        <Form
          form={form}
          layout="vertical"
          initialValues={toFormValues(tenant)}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
          style={{ maxWidth: 960 }}
        >
          <TenantSettingsFields />
          <Flex align="center" gap={16}>
            <Button type="primary" htmlType="submit" loading={submitting} disabled={!isDirty}>
              {t('common.save')}
            </Button>
            <Button
              disabled={!isDirty || submitting}
              onClick={() => {
                form.resetFields();
                setIsDirty(false);
              }}
            >
              {t('common.reset')}
            </Button>
            <Typography.Text type="secondary">
              {t('settings.tenant.meta', { slug: tenant.slug, createdAt: formatDateTime(tenant.createdAt) })}
            </Typography.Text>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
