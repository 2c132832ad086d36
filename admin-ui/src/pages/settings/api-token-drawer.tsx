import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ApiTokenIssued, createApiToken, type TokenRole } from '../../api/api-tokens-api.ts';
import { CreateRevealDrawer } from '../../components/create-reveal-drawer.tsx';
import { RevealOnce } from '../../components/reveal-once.tsx';
import { dayjs } from '../../format/dayjs-setup.ts';
import { useGrantableRoleOptions } from '../../access/use-grantable-role-options.ts';
import { useRevealOnce } from '../../hooks/use-reveal-once.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSession } from '../../session/use-session.ts';

interface TokenValues {
  name: string;
  role: TokenRole;
  expiresOn?: Dayjs | null;
}

/** New API token: the secret `tsk_…` is shown once after creation, with a copy button. */
export function ApiTokenDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const { tenant } = useSession();
  const [form] = Form.useForm<TokenValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const roleOptions = useGrantableRoleOptions();
  const { created, setCreated, close } = useRevealOnce<ApiTokenIssued, TokenValues>(form, onClose);

  const onFinish = (values: TokenValues) =>
    run(async () => {
      // The token lasts through the chosen day in the tenant's time zone.
      const expiresAt = values.expiresOn
        ? dayjs.tz(values.expiresOn.format('YYYY-MM-DD'), tenant.timeZone).endOf('day').toISOString()
        : undefined;
      try {
        setCreated(
          await createApiToken({ name: values.name.trim(), role: values.role, ...(expiresAt ? { expiresAt } : {}) }),
        );
        onCreated();
      } catch (error) {
        showProblem(error, { form, fields: ['name', 'role', 'expiresOn'], fieldMap: { expiresAt: 'expiresOn' } });
      }
    });

  return (
    <CreateRevealDrawer
      open={open}
      title={t('settings.api-tokens.new')}
      submitLabel={t('common.create')}
      submitting={submitting}
      onSubmit={() => form.submit()}
      onClose={close}
      revealed={
        created && (
          <RevealOnce
            label={t('settings.api-tokens.secret', { name: created.name })}
            value={created.token}
            warning={t('settings.api-tokens.secret.once')}
          />
        )
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ role: 'member' }}>
          <Form.Item
            name="name"
            label={t('settings.api-tokens.column.name')}
            extra={t('settings.api-tokens.name.hint')}
            rules={[{ required: true, whitespace: true, message: t('settings.api-tokens.name.required') }]}
          >
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="role" label={t('settings.api-tokens.column.role')}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item
            name="expiresOn"
            label={t('settings.api-tokens.column.expires-at')}
            extra={t('settings.api-tokens.expiry.hint')}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              placeholder={t('settings.api-tokens.no-expiry')}
            />
          </Form.Item>
      </Form>
    </CreateRevealDrawer>
  );
}
