import { App, Col, Drawer, Form, Radio, Row, Select, Switch, TimePicker } from 'antd';
import { useState } from 'react';
import { useConfirmClose } from '../../../hooks/use-confirm-close.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { RecipientFields } from './recipient-fields.tsx';
import {
  createBodyOf,
  daysOfMonth,
  formValuesOf,
  problemFields,
  scheduleFormats,
  scheduleFrequencies,
  type ScheduleFormValues,
  timeFormat,
  updateBodyOf,
  weekdays,
  withFormPointers,
} from './schedule-values.ts';
import { weekdayName } from './schedule-words.ts';
import { createSchedule, type ReportScheduleView, updateSchedule } from './schedules-api.ts';
import type { MemberChoice } from './use-company-members.ts';
import { DrawerSaveFooter } from '../../../components/drawer-save-footer.tsx';

/**
 * 新建定时推送 / 编辑定时推送: how often and when (in the company's time zone), as which file, to whom,
 * and whether it is on. The server's problems show under the fields they point at.
 */
export function ScheduleFormDrawer({
  reportId,
  schedule,
  members,
  membersLoading,
  onClose,
  onSaved,
}: {
  reportId: string;
  /** The schedule to edit; none for a new one. */
  schedule: ReportScheduleView | undefined;
  members: readonly MemberChoice[];
  membersLoading: boolean;
  onClose: () => void;
  onSaved: (schedule: ReportScheduleView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { tenant } = useSession();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<ScheduleFormValues>();
  const [submitting, run] = useSubmit();
  const [isDirty, setIsDirty] = useState(false);
  const close = useConfirmClose(isDirty, onClose);
  const [initialValues] = useState(() => formValuesOf(schedule));
  const frequency = Form.useWatch('frequency', form) ?? initialValues.frequency;

  const onValuesChange = (changed: Partial<ScheduleFormValues>) => {
    setIsDirty(true);
    // the members picker has no rule of its own to check it again: a server problem there ("no recipient
    // at all", "not a member") goes once either recipients picker changes
    if ('userIds' in changed || 'emails' in changed) form.setFields([{ name: 'userIds', errors: [] }]);
  };

  const onFinish = (values: ScheduleFormValues) =>
    run(async () => {
      try {
        const saved = schedule ? await updateSchedule(schedule.id, updateBodyOf(values)) : await createSchedule(createBodyOf(reportId, values));
        setIsDirty(false);
        void message.success(t(schedule ? 'reportSchedules.form.saved' : 'reportSchedules.form.created'));
        onSaved(saved);
      } catch (error) {
        showProblem(withFormPointers(error), { form, fields: problemFields });
      }
    });

  const footer = (
    <DrawerSaveFooter onCancel={close} onSave={() => form.submit()} saving={submitting} saveTestId="schedule-save" />
  );

  return (
    <Drawer
      open
      onClose={close}
      title={t(schedule ? 'reportSchedules.form.edit' : 'reportSchedules.form.new')}
      size={600}
      footer={footer}
      destroyOnHidden
    >
      <Form form={form} name="report-schedule" layout="vertical" initialValues={initialValues} onFinish={onFinish} onValuesChange={onValuesChange}>
        <Form.Item name="frequency" label={t('reportSchedules.form.frequency')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={scheduleFrequencies.map((value) => ({ value, label: t(`reportSchedules.frequency.${value}`) }))}
            data-testid="schedule-frequency"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            {frequency === 'weekly' ? (
              <Form.Item name="weekday" label={t('reportSchedules.form.weekday')} rules={[{ required: true, message: t('reportSchedules.form.weekday.required') }]}>
                <Select options={weekdays.map((value) => ({ value, label: weekdayName(value, t) }))} data-testid="schedule-weekday" />
              </Form.Item>
            ) : null}
            {frequency === 'monthly' ? (
              <Form.Item
                name="dayOfMonth"
                label={t('reportSchedules.form.day-of-month')}
                extra={t('reportSchedules.form.day-of-month.hint')}
                rules={[{ required: true, message: t('reportSchedules.form.day-of-month.required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={daysOfMonth.map((value) => ({ value, label: t('reportSchedules.form.day', { day: value }) }))}
                  data-testid="schedule-day-of-month"
                />
              </Form.Item>
            ) : null}
            {frequency === 'daily' ? (
              <Form.Item label={t('reportSchedules.form.day-of-run')}>
                <Select disabled value="every" options={[{ value: 'every', label: t('reportSchedules.form.every-day') }]} />
              </Form.Item>
            ) : null}
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="time"
              label={t('reportSchedules.form.time')}
              extra={t('reportSchedules.form.time.hint', { timeZone: tenant.timeZone })}
              rules={[{ required: true, message: t('reportSchedules.form.time.required') }]}
            >
              <TimePicker format={timeFormat} needConfirm={false} style={{ width: '100%' }} data-testid="schedule-time" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="format" label={t('reportSchedules.form.format')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={scheduleFormats.map((value) => ({ value, label: t(`reportSchedules.format.${value}`) }))}
                data-testid="schedule-format"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="enabled" label={t('reportSchedules.form.enabled')} valuePropName="checked" extra={t('reportSchedules.form.enabled.hint')}>
              <Switch data-testid="schedule-enabled" />
            </Form.Item>
          </Col>
        </Row>
        <RecipientFields members={members} loading={membersLoading} savedUserIds={initialValues.userIds} />
      </Form>
    </Drawer>
  );
}
