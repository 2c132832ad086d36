import { Alert, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../format/dayjs-setup.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import {
  extendEntitlement,
  grantEntitlement,
  type OperatorEntitlementGrant,
  type OperatorEntitlementRow,
  revokeEntitlement,
} from '../api/operator-market-api.ts';
import { CompanySelect } from '../components/company-select.tsx';
import { useOperatorTime } from '../hooks/use-operator-time.ts';
import { platformTimeZone } from '../operator-paths.ts';

const maxDays = 3650;

function ReasonField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="reason"
      label={t('operator.reason')}
      extra={t('operator.reason.hint')}
      rules={[{ required: true, whitespace: true, message: t('operator.reason.required') }]}
    >
      <Input.TextArea rows={3} maxLength={500} showCount />
    </Form.Item>
  );
}

interface GrantValues {
  tenantId: string;
  plugin: string;
  term: 'days' | 'until' | 'perpetual';
  days?: number;
  until?: Dayjs;
  reason: string;
}

/** 授予: a company gets a module (source 平台赠送) for some days, until a day, or for ever; the reason is required. */
export function GrantDialog({
  moduleOptions,
  initialTenant,
  onClose,
  onDone,
}: {
  moduleOptions: { value: string; label: string }[];
  initialTenant: { id: string; name: string } | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<GrantValues>();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const term = Form.useWatch('term', form);

  const onFinish = (values: GrantValues) =>
    run(async () => {
      const base = { tenantId: values.tenantId, plugin: values.plugin, reason: values.reason.trim() };
      // the chosen day lasts to its end in the platform's time zone
      const body: OperatorEntitlementGrant =
        values.term === 'perpetual'
          ? { ...base, perpetual: true }
          : values.term === 'until' && values.until
            ? { ...base, endsAt: dayjs.tz(values.until.format('YYYY-MM-DD'), platformTimeZone).endOf('day').toISOString() }
            : { ...base, days: values.days ?? 30 };
      try {
        await grantEntitlement(body);
        onDone();
      } catch (error) {
        showProblem(error, { form, fields: ['tenantId', 'plugin', 'days', 'until', 'reason'], fieldMap: { endsAt: 'until' } });
      }
    });

  return (
    <Modal
      open
      title={t('operator.entitlements.grant.title')}
      okText={t('operator.entitlements.grant')}
      okButtonProps={{ loading: submitting }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ tenantId: initialTenant?.id, term: 'days', days: 30 }}
      >
        <Form.Item name="tenantId" label={t('operator.entitlements.column.company')} rules={[{ required: true, message: t('operator.entitlements.company.required') }]}>
          <CompanySelect knownLabel={initialTenant?.name} testId="grant-company" />
        </Form.Item>
        <Form.Item name="plugin" label={t('operator.entitlements.column.module')} rules={[{ required: true, message: t('operator.entitlements.module.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={moduleOptions} />
        </Form.Item>
        <Form.Item name="term" label={t('operator.entitlements.term')}>
          <Radio.Group
            options={[
              { value: 'days', label: t('operator.entitlements.term.days') },
              { value: 'until', label: t('operator.entitlements.term.until') },
              { value: 'perpetual', label: t('operator.entitlements.term.perpetual') },
            ]}
          />
        </Form.Item>
        {term === 'days' ? (
          <Form.Item name="days" label={t('operator.entitlements.days')} rules={[{ required: true, message: t('operator.entitlements.days.required') }]}>
            <InputNumber min={1} max={maxDays} precision={0} style={{ width: 160 }} suffix={t('operator.entitlements.days.unit')} />
          </Form.Item>
        ) : null}
        {term === 'until' ? (
          <Form.Item name="until" label={t('operator.entitlements.until')} rules={[{ required: true, message: t('operator.entitlements.until.required') }]}>
            <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
          </Form.Item>
        ) : null}
        <ReasonField />
      </Form>
    </Modal>
  );
}

/** What the extend and revoke dialogs show of the entitlement they change. */
function EntitlementSummary({ entitlement, titleOf }: { entitlement: OperatorEntitlementRow; titleOf: (plugin: string) => string }) {
  const { t } = useI18n();
  const formatTime = useOperatorTime();
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('operator.entitlements.column.company')}>{entitlement.companyName}</Descriptions.Item>
      <Descriptions.Item label={t('operator.entitlements.column.module')}>{titleOf(entitlement.plugin)}</Descriptions.Item>
      <Descriptions.Item label={t('operator.entitlements.column.source')}>{t(`market.source.${entitlement.source}`)}</Descriptions.Item>
      <Descriptions.Item label={t('operator.entitlements.column.ends-at')}>
        {entitlement.endsAt ? formatTime(entitlement.endsAt) : t('market.listing.perpetual')}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 延长: days added from its end while it runs, else from now; the source stays. */
export function ExtendDialog({
  entitlement,
  titleOf,
  onClose,
  onDone,
}: {
  entitlement: OperatorEntitlementRow;
  titleOf: (plugin: string) => string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ days: number; reason: string }>();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const onFinish = (values: { days: number; reason: string }) =>
    run(async () => {
      try {
        await extendEntitlement({ tenantId: entitlement.tenantId, plugin: entitlement.plugin, days: values.days, reason: values.reason.trim() });
        onDone();
      } catch (error) {
        showProblem(error, { form, fields: ['days', 'reason'] });
      }
    });
  return (
    <Modal
      open
      title={t('operator.entitlements.extend.title')}
      okText={t('operator.entitlements.extend')}
      okButtonProps={{ loading: submitting }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <EntitlementSummary entitlement={entitlement} titleOf={titleOf} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ days: 30 }}>
        <Form.Item
          name="days"
          label={t('operator.entitlements.days')}
          extra={t(entitlement.active ? 'operator.entitlements.extend.from-end' : 'operator.entitlements.extend.from-now')}
          rules={[{ required: true, message: t('operator.entitlements.days.required') }]}
        >
          <InputNumber min={1} max={maxDays} precision={0} style={{ width: 160 }} suffix={t('operator.entitlements.days.unit')} />
        </Form.Item>
        <ReasonField />
      </Form>
    </Modal>
  );
}

/** 撤销: ends it now and disables the module (and the modules that need it) for the company; data stays. */
export function RevokeDialog({
  entitlement,
  titleOf,
  onClose,
  onDone,
}: {
  entitlement: OperatorEntitlementRow;
  titleOf: (plugin: string) => string;
  onClose: () => void;
  onDone: (disabled: string[]) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const onFinish = (values: { reason: string }) =>
    run(async () => {
      try {
        const change = await revokeEntitlement({ tenantId: entitlement.tenantId, plugin: entitlement.plugin, reason: values.reason.trim() });
        onDone(change.disabled);
      } catch (error) {
        showProblem(error, { form, fields: ['reason'] });
      }
    });
  return (
    <Modal
      open
      title={t('operator.entitlements.revoke.title')}
      okText={t('operator.entitlements.revoke')}
      okButtonProps={{ danger: true, loading: submitting }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <EntitlementSummary entitlement={entitlement} titleOf={titleOf} />
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('operator.entitlements.revoke.hint')} />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <ReasonField />
      </Form>
    </Modal>
  );
}
