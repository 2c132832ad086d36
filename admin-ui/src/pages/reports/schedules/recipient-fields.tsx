import { Form, Select } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { invalidEmails, maxEmails, normalizeEmails } from './schedule-values.ts';
import type { MemberChoice } from './use-company-members.ts';

const emailSeparators = [',', '，', ';', '；', ' ', '\n'];

/**
 * 接收人: members (message center, and mail to their address) and other addresses (mail only). At
 * least one of the two is the server's rule; its problem shows under the members.
 */
export function RecipientFields({
  members,
  loading,
  savedUserIds,
}: {
  members: readonly MemberChoice[];
  loading: boolean;
  /** The members the schedule had: one no longer found (left the company) still shows, as such. */
  savedUserIds: readonly string[];
}) {
  const { t } = useI18n();
  const known = new Set(members.map((member) => member.value));
  const missing = savedUserIds
    .filter((id) => !known.has(id))
    .map((id) => ({ value: id, label: loading ? t('common.loading') : t('reportSchedules.recipients.unknown-member'), search: '' }));
  return (
    <>
      <Form.Item name="userIds" label={t('reportSchedules.form.members')} extra={t('reportSchedules.form.members.hint')}>
        <Select
          mode="multiple"
          allowClear
          loading={loading}
          options={[...members, ...missing]}
          showSearch={{ optionFilterProp: 'search' }}
          placeholder={t('reportSchedules.form.members.placeholder')}
          notFoundContent={loading ? t('common.loading') : t('common.no-match')}
          data-testid="schedule-members"
        />
      </Form.Item>
      <Form.Item
        name="emails"
        label={t('reportSchedules.form.emails')}
        extra={t('reportSchedules.form.emails.hint', { max: maxEmails })}
        rules={[
          {
            validator: async (_, value: string[] | undefined) => {
              const bad = invalidEmails(value ?? []);
              if (bad.length > 0) throw new Error(t('reportSchedules.form.emails.invalid', { emails: bad.join(t('reportSchedules.list.separator')) }));
              if (normalizeEmails(value ?? []).length > maxEmails) throw new Error(t('reportSchedules.form.emails.too-many', { max: maxEmails }));
            },
          },
        ]}
      >
        <Select
          mode="tags"
          allowClear
          tokenSeparators={emailSeparators}
          suffixIcon={null}
          notFoundContent={null}
          placeholder={t('reportSchedules.form.emails.placeholder')}
          data-testid="schedule-emails"
        />
      </Form.Item>
    </>
  );
}
